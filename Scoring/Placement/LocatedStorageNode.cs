using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>A storage node with its locality and the name users know it by.</summary>
/// <param name="Node">As the driver reports it.</param>
/// <param name="Locality">From its Kubernetes node's labels; unknown unless the node is Online or
/// StorageDown (Offline and Degraded nodes contribute no locality).</param>
/// <param name="DisplayName">Its Kubernetes node's name when known, else the storage node id.</param>
internal sealed record LocatedStorageNode(StorageNode Node, NodeLocality Locality, string DisplayName)
{
    /// <summary>Online or StorageDown: the only states pods may be placed on.</summary>
    public bool IsUsable => Node.Status is StorageNodeStatus.Online or StorageNodeStatus.StorageDown;

    /// <summary>e.g. <c>worker-1 (Online)</c>.</summary>
    public string Describe() => DisplayName + " (" + Node.Status + ")";
}
