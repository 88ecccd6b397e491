using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Csi;

/// <summary>The topology derived from one node snapshot and one CSINode snapshot, kept while both
/// snapshot versions stay the same so thousands of nodes are not re-derived per request.</summary>
/// <param name="Nodes">All named nodes, ordered by name.</param>
/// <param name="StorageNodes">The storage nodes, ordered by name.</param>
internal sealed record CsiTopologyView(
    long NodeVersion,
    long CsiNodeVersion,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<StorageNode> StorageNodes)
{
    public static CsiTopologyView Create(CacheSnapshot<Node> nodes, CacheSnapshot<CsiNode> csiNodes, IReadOnlySet<string> drivers)
    {
        Node[] ordered = [.. nodes.Items
            .Where(node => !string.IsNullOrEmpty(node.Metadata.Name))
            .OrderBy(node => node.Metadata.Name, StringComparer.Ordinal)];
        return new(nodes.Version, csiNodes.Version, ordered, CsiTopology.StorageNodes(ordered, csiNodes.Items, drivers));
    }

    public bool IsFor(CacheSnapshot<Node> nodes, CacheSnapshot<CsiNode> csiNodes) =>
        NodeVersion == nodes.Version && CsiNodeVersion == csiNodes.Version;
}
