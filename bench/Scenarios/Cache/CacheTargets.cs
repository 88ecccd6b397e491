using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>The three big caches: Nodes, PVCs and PVs, as the services run them.</summary>
internal static class CacheTargets
{
    public static readonly IReadOnlyList<ICacheTarget> All =
    [
        new CacheTarget<Node>(KubeResources.Nodes),
        new CacheTarget<PersistentVolumeClaim>(KubeResources.PersistentVolumeClaims),
        new CacheTarget<PersistentVolume>(KubeResources.PersistentVolumes),
    ];
}
