using Stork.Shared.Kube.Connection;
using Stork.Shared.Mutation;
using Stork.Shared.Snapshot;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Csi;
using Stork.Shared.Storage.Portworx;
using Stork.Shared.Telemetry;

namespace Stork.Shared.Hosting.Flags;

/// <summary>The flags both services (and <c>explain</c>) take, with the defaults of their options classes.</summary>
internal static class SharedFlags
{
    public static readonly Flag Kubeconfig = Flag.Path(KubeConnectionOptions.KubeconfigKey,
        "kubeconfig of the API server; without it $KUBECONFIG, in-cluster, then ~/.kube/config are tried");

    public static readonly Flag Context = Flag.Text(KubeConnectionOptions.ContextKey,
        "kubeconfig context to use instead of its current-context");

    public static readonly Flag ClusterSnapshot = Flag.Path(ClusterSnapshotServiceCollectionExtensions.SnapshotKey,
        "read the cluster (and the storage topology) from this file instead of an API server");

    public static readonly Flag Driver = Flag.Choice(StorageDriverServiceCollectionExtensions.DriverKey,
        "storage driver: pxd (Portworx) or csi", StorageDriverServiceCollectionExtensions.Portworx,
        StorageDriverServiceCollectionExtensions.Portworx, StorageDriverServiceCollectionExtensions.Csi);

    public static readonly Flag CsiDriver = Flag.List(CsiDriverOptions.ConfigKey,
        "with --driver csi: CSI driver / provisioner names (repeat the flag or comma-separate)");

    public static readonly Flag LogFormat = Flag.Choice(StorkLoggingExtensions.LogFormatKey,
        "log lines as text, or one JSON object per line", "text", "text", "json");

    /// <summary>Where the cluster and the driver's ownership rules come from.</summary>
    public static readonly IReadOnlyList<Flag> Cluster = [Kubeconfig, Context, ClusterSnapshot, Driver, CsiDriver];

    /// <summary>The <c>pxd</c> driver's SDK connection.</summary>
    public static readonly IReadOnlyList<Flag> Portworx = PortworxFlags(new PortworxOptions());

    /// <summary>The webhook's decision (also taken by <c>explain</c>).</summary>
    public static readonly IReadOnlyList<Flag> Mutation = MutationFlags(new MutationOptions());

    /// <summary>Listen addresses, with the service's own default.</summary>
    public static Flag Urls(string defaultValue, string note) =>
        Flag.Text("urls", $"listen addresses, ';'-separated; {note}", defaultValue);

    private static Flag[] MutationFlags(MutationOptions defaults) =>
    [
        Flag.Boolean("webhook-controller", "false: answer every request allowed and unchanged", defaults.WebhookController),
        Flag.Text("skip-annotation", "pod annotation whose true value leaves the pod alone", defaults.SkipAnnotation),
        Flag.Text("opt-out-label", "namespace label whose true value leaves its pods alone", defaults.OptOutLabel),
        Flag.Text("scheduler-name", "the scheduler driver-backed pods are sent to", defaults.SchedulerName),
        Flag.Duration("admission-deadline", "bound on one admission's cluster lookup", defaults.AdmissionDeadline),
    ];

    private static Flag[] PortworxFlags(PortworxOptions defaults) =>
    [
        Flag.Text("portworx-endpoint", "the OpenStorage SDK REST gateway (required for pxd), e.g. http://portworx-api.kube-system:9021"),
        Flag.Path("portworx-token-file", "bearer JWT for a secured Portworx, re-read when it changes"),
        Flag.Duration("portworx-call-timeout", "deadline of every SDK call", defaults.CallTimeout),
        Flag.Duration("portworx-node-refresh-interval", "storage nodes are refreshed this often", defaults.NodeRefreshInterval),
        Flag.Duration("portworx-volume-ttl", "volumes are cached this long (and dropped when their PV changes)", defaults.VolumeTtl),
        Flag.Duration("portworx-stale-data-limit", "while the SDK fails, the last good data is used this long", defaults.StaleDataLimit),
    ];
}
