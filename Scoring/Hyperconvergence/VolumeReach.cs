using Stork.Scoring.Placement;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>How close the pod's node is to one scored volume's replicas.</summary>
/// <param name="Volume">e.g. <c>PVC default/data</c>.</param>
/// <param name="Level">The level the pod's node reaches (the extender's <see cref="ReplicaSites.LevelFor"/>).</param>
/// <param name="Replicas">Where the replicas are, e.g. <c>worker-1 (Online), worker-2 (Online)</c>.</param>
internal sealed record VolumeReach(string Volume, PlacementLevel Level, string Replicas);
