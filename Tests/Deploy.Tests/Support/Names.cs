namespace Stork.Deploy.Tests.Support;

/// <summary>Names of objects in manifests/.</summary>
internal static class Names
{
    public const string InstallNamespace = "stork-system";
    public const string Webhook = "stork-webhook";
    public const string WebhookContainer = "webhook";
    public const string WebhookTlsSecret = "stork-webhook-tls";
    public const string Scheduler = "stork-scheduler";
    public const string SchedulerContainer = "kube-scheduler";
    public const string ScoringContainer = "scoring";
    public const string ScoringRole = "stork-scoring";
    public const string LeaderElectionRole = "stork-scheduler-leader-election";
    public const string PlacementLeaderElectionRole = "stork-placement-leader-election";
    public const string ScoringServiceAccount = "stork-scoring";
    public const string ScoringTokenSecret = "stork-scoring-token";
    public const string ServiceAccountMountPath = "/var/run/secrets/kubernetes.io/serviceaccount";
    public const string SchedulerConfig = "stork-scheduler-config";
    public const string DriverConfig = "stork-driver-config";
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";
}
