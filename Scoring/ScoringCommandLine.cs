using Stork.Scoring.Explain;
using Stork.Shared.Hosting.Flags;

namespace Stork.Scoring;

/// <summary>The sidecar's flags (the README's table), with the defaults of its options classes, and its
/// <c>explain</c> command.</summary>
internal static class ScoringCommandLine
{
    public static readonly CommandSpec Spec = new(
        "stork-scoring",
        "kube-scheduler extender: filters and scores nodes by where the pod's volume replicas live.",
        [
            SharedFlags.Urls("http://localhost:5000", "kube-scheduler calls /filter and /prioritize on loopback"),
            .. SharedFlags.Cluster,
            .. SharedFlags.Portworx,
            .. Placement(new ScoringOptions()),
            Flag.Integer("max-request-bytes", "request body limit (5,000 full Node objects are 25-40 MB)", new ScoringOptions().MaxRequestBytes),
            Flag.Duration("request-deadline", "bound on one request's API reads and driver calls (under kube-scheduler's 5s)", new ScoringOptions().RequestDeadline),
            Flag.Integer("max-buffered-request-bytes", "bytes all request bodies in flight may hold together; past it 503 with Retry-After", new ScoringOptions().MaxBufferedRequestBytes),
            .. Watcher(new ScoringOptions()),
            SharedFlags.LogFormat,
        ])
    {
        Commands = [ExplainCommand.Spec],
        Version = CommandSpec.VersionOf(typeof(ScoringCommandLine).Assembly),
    };

    /// <summary>The flags of the placement watcher.</summary>
    private static Flag[] Watcher(ScoringOptions defaults) =>
    [
        Flag.Text("scheduler-name", "the placement watcher holds only pods with this spec.schedulerName", defaults.SchedulerName),
        Flag.Duration("placement-refresh-interval", "every bound stork pod's placement is recomputed this often", defaults.PlacementRefreshInterval),
        Flag.Boolean("placement-by-namespace", "also label stork_pods_by_placement by namespace", defaults.PlacementByNamespace),
        Flag.Boolean("placement-leader-election", "only the holder of the placement Lease computes placements and records their events", defaults.PlacementLeaderElection),
        Flag.Text("placement-lease-name", "the placement Lease", defaults.PlacementLeaseName),
        Flag.Text("placement-lease-namespace", "the placement Lease's namespace (default: $POD_NAMESPACE, else default)"),
        Flag.Duration("placement-lease-duration", "a dead placement leader is replaced within this", defaults.PlacementLeaseDuration),
    ];

    /// <summary>The flags of the scoring rules (also taken by <c>explain</c>).</summary>
    public static Flag[] Placement(ScoringOptions defaults) =>
    [
        Flag.Choice("score-scale", "stork (Stork's points) or normalized (0-10)", defaults.ScoreScale.ToString().ToLowerInvariant(), "stork", "normalized"),
        Flag.Text("rack-label", "the node label holding a node's rack", defaults.RackLabel),
    ];
}
