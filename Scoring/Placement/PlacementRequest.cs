using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>Everything the filter and prioritize rules decide on, gathered by the edge.</summary>
/// <param name="Options">The pod's scheduling annotations.</param>
/// <param name="Volumes">The pod's driver volumes, or why there are none to look at.</param>
/// <param name="Storage">The storage topology, or the driver's error when its nodes are unavailable.</param>
/// <param name="Candidates">The nodes of the extender request, in request order.</param>
/// <param name="Slots">When known, per candidate its position in the node list the topology was built over
/// (<see cref="StorageTopology.CandidateAt"/>); a wrong one only costs a lookup.</param>
internal sealed record PlacementRequest(
    PodSchedulingOptions Options,
    VolumeLookup Volumes,
    DriverResult<StorageTopology> Storage,
    IReadOnlyList<KubeNodeInfo> Candidates,
    IReadOnlyList<int>? Slots = null)
{
    /// <summary>Candidate <paramref name="index"/> of <paramref name="candidates"/> (<see cref="CandidateSpan"/>) as the rules
    /// read it; <paramref name="slots"/> is <see cref="SlotSpan"/>.</summary>
    public static Candidate CandidateAt(StorageTopology topology, ReadOnlySpan<KubeNodeInfo> candidates, ReadOnlySpan<int> slots, int index) =>
        topology.CandidateAt(candidates[index], index < slots.Length ? slots[index] : -1);

    /// <summary><see cref="Candidates"/> as a span (<see cref="ListSpans"/>).</summary>
    public ReadOnlySpan<KubeNodeInfo> CandidateSpan => ListSpans.Of(Candidates);

    /// <summary><see cref="Slots"/> as a span, empty without them.</summary>
    public ReadOnlySpan<int> SlotSpan => ListSpans.Of(Slots);
}
