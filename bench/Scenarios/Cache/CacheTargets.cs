using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>The three big caches: Nodes, PVCs (by namespace) and PVs (by claim).</summary>
internal static class CacheTargets
{
    public static readonly IReadOnlyList<ICacheTarget> All =
    [
        new CacheTarget<Node>(KubeResources.Nodes),
        new CacheTarget<PersistentVolumeClaim>(KubeResources.PersistentVolumeClaims, KubeIndexes.ClaimsByNamespace),
        new CacheTarget<PersistentVolume>(KubeResources.PersistentVolumes, KubeIndexes.VolumeByClaim),
    ];
}
