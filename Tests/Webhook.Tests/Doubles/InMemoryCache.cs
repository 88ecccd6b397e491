using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>A synced cache holding fixed objects; tests may swap <see cref="Snapshot"/>.</summary>
internal sealed class InMemoryCache<T>(IEnumerable<T> items) : IResourceCache<T>
    where T : class, IKubeObject
{
    public bool IsSynced => true;

    public CacheSnapshot<T> Snapshot { get; set; } = CacheSnapshot<T>.Empty.ReplaceAll(items);
}
