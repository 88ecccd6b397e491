using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>Everything the filter and prioritize rules decide on, gathered by the edge.</summary>
/// <param name="Options">The pod's scheduling annotations.</param>
/// <param name="Volumes">The pod's driver volumes, or why there are none to look at.</param>
/// <param name="Storage">The storage topology, or the driver's error when its nodes are unavailable.</param>
/// <param name="Candidates">The nodes of the extender request, in request order; <see cref="SlottedCandidates"/> when
/// given by their slots in the node list the topology was built over.</param>
internal sealed record PlacementRequest(
    PodSchedulingOptions Options,
    VolumeLookup Volumes,
    DriverResult<StorageTopology> Storage,
    IReadOnlyList<KubeNodeInfo> Candidates);
