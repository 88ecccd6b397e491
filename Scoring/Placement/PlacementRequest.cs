using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>Everything the filter and prioritize rules decide on, gathered by the edge.</summary>
/// <param name="Options">The pod's scheduling annotations.</param>
/// <param name="Volumes">The pod's driver volumes, or why there are none to look at.</param>
/// <param name="Storage">The storage topology, or the driver's error when its nodes are unavailable.</param>
/// <param name="Candidates">The nodes of the extender request, in request order.</param>
/// <param name="Slots">When known, per candidate its position in the node list the topology was built over
/// (<see cref="StorageTopology.Match(KubeNodeInfo, int)"/>); a wrong one only costs a lookup.</param>
internal sealed record PlacementRequest(
    PodSchedulingOptions Options,
    VolumeLookup Volumes,
    DriverResult<StorageTopology> Storage,
    IReadOnlyList<KubeNodeInfo> Candidates,
    IReadOnlyList<int>? Slots = null)
{
    /// <summary>The storage node index candidate <paramref name="index"/> is matched to, or -1.</summary>
    public int MatchOf(StorageTopology topology, int index) =>
        Slots is { } slots ? topology.Match(Candidates[index], slots[index]) : topology.Match(Candidates[index]);
}
