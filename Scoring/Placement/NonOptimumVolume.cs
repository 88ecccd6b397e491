namespace Stork.Scoring.Placement;

/// <summary>A scored volume none of whose replica nodes is among the request's usable nodes: the pod
/// cannot run hyperconverged (the NonOptimumScheduling warning names it).</summary>
/// <param name="Volume">e.g. <c>PVC default/data</c>.</param>
/// <param name="Replicas">e.g. <c>worker-1 (Online), worker-2 (Offline)</c>.</param>
internal sealed record NonOptimumVolume(string Volume, string Replicas);
