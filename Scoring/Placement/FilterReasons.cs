using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>The filter's texts: Stork's messages, extended with the volume, its replica nodes and states.</summary>
internal static class FilterReasons
{
    public const string NoDriverVolumes = "Pod uses no volume of the storage driver; all nodes pass";

    public const string Unschedulable =
        "Node is marked unschedulable for storage pods (operator.libopenstorage.org/unschedulable=true)";

    public const string NotStorageNode = "No storage driver node runs on this node";

    /// <summary>The failure path (<see cref="FailurePaths"/>).</summary>
    public const string InternalError = "internal error: all nodes pass";

    public const string Filtered = "Nodes without a usable storage driver node or violating the volumes' placement rules were removed";

    public static string MissingClaim(string claim) => "Unable to find PVC " + claim;

    public static string RestoreInProgress(string claim) => "Volume restore is in progress for pvc: " + claim;

    public static string Pending(string claim) =>
        "Waiting for PVC to be bound: " + claim + " is Pending and its StorageClass binds immediately";

    public static string LookupFailed(string message) => "Cannot read the pod's claims, all nodes pass: " + message;

    public static string StorageNodesUnavailable(string message) =>
        "Storage driver nodes unavailable, all schedulable nodes pass: " + message;

    public static string Windows(PodVolume volume) =>
        volume.DisplayName + " is a Windows share (winshare=true); all schedulable nodes pass";

    public static string NoOnlineReplica(PodVolume volume, ReplicaSites sites) =>
        "No online node found with volume replica: " + Volume(volume, sites);

    public static string StorageNodeState(StorageNodeStatus status) => status switch
    {
        StorageNodeStatus.Offline => "Storage driver on this node is Offline",
        StorageNodeStatus.Degraded => "Storage driver on this node is Degraded",
        _ => "Storage driver on this node is " + status,
    };

    public static string NoLocalReplica(PodVolume volume, ReplicaSites sites) =>
        "Pod annotation preferLocalNodeOnly: this node holds no replica of " + Volume(volume, sites);

    public static string HoldsRemoteOnlyReplica(PodVolume volume, ReplicaSites sites) =>
        "StorageClass parameter preferRemoteNodeOnly: this node holds a replica of " + Volume(volume, sites);

    /// <summary>Stork's message for "no node left", with the volumes that caused it.</summary>
    public static string NoNodeLeft(bool preferLocal, bool remoteOnly, IReadOnlyList<string> volumes)
    {
        var message = (preferLocal, remoteOnly) switch
        {
            (true, true) => "No nodes exist that can enforce Pod annotation preferLocalNodeOnly and StorageClass parameter preferRemoteNodeOnly together",
            (true, false) => "No nodes with volume replica available",
            (false, true) => "No nodes exist that can enforce StorageClass parameter preferRemoteNodeOnly",
            _ => "No node found with storage driver",
        };
        return volumes.Count == 0 ? message : message + ": " + string.Join("; ", volumes);
    }

    /// <summary>e.g. <c>PVC default/data (replicas on worker-1 (Online), worker-2 (Offline))</c>.</summary>
    public static string Volume(PodVolume volume, ReplicaSites sites) =>
        volume.DisplayName + " (replicas on " + sites.Describe() + ")";
}
