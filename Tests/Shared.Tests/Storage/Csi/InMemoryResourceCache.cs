using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Tests.Storage.Csi;

/// <summary>A resource cache holding exactly what a test puts in it; every change bumps the snapshot version.</summary>
internal sealed class InMemoryResourceCache<T> : IResourceCache<T>
    where T : class, IKubeObject
{
    public InMemoryResourceCache(params T[] items) => Snapshot = CacheSnapshot<T>.Empty.ReplaceAll(items);

    public bool IsSynced { get; set; } = true;

    public CacheSnapshot<T> Snapshot { get; private set; }

    public void ReplaceAll(params T[] items) => Snapshot = Snapshot.ReplaceAll(items);
}
