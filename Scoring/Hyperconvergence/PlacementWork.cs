using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>One thing for the watcher's loop to re-rate: a pod that changed, the pods on a node or using a
/// claim, or everything (the periodic refresh, or after the queue overflowed).</summary>
internal readonly record struct PlacementWork(Pod? Pod, bool Deleted, string? Node, string? ClaimNamespace, string? Claim)
{
    public static readonly PlacementWork Refresh = default;

    public static PlacementWork PodChanged(Pod pod, bool deleted) => new(pod, deleted, null, null, null);

    public static PlacementWork NodeChanged(string node) => new(null, false, node, null, null);

    public static PlacementWork ClaimChanged(string @namespace, string claim) => new(null, false, null, @namespace, claim);
}
