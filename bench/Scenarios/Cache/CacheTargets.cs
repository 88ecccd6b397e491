using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Scoring;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>The big caches: Nodes, PVCs and PVs, as the services run them, and the placement watcher's pods of the
/// stork scheduler (listed and watched with its field selector).</summary>
internal static class CacheTargets
{
    /// <summary>The scheduler name of the seeded pods (<c>--scheduler-name</c>'s default).</summary>
    public static readonly string SchedulerName = new ScoringOptions().SchedulerName;

    /// <summary>The pods' cache, checked against issue 12's target (≤ 40 MB for 50,000 pods).</summary>
    public static readonly ICacheTarget StorkPods = new CacheTarget<Pod>(ScoringServiceCollectionExtensions.StorkPods(SchedulerName));

    public static readonly IReadOnlyList<ICacheTarget> All =
    [
        new CacheTarget<Node>(KubeResources.Nodes),
        new CacheTarget<PersistentVolumeClaim>(KubeResources.PersistentVolumeClaims),
        new CacheTarget<PersistentVolume>(KubeResources.PersistentVolumes),
        StorkPods,
    ];
}
