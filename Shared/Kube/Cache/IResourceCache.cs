using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>The read side of a list/watch cache. Reads take no locks: they see an immutable snapshot.</summary>
public interface IResourceCache<T>
    where T : class, IKubeObject
{
    /// <summary>True once the first full list has been loaded.</summary>
    bool IsSynced { get; }

    /// <summary>The current immutable snapshot (a reader that needs several lookups to agree takes it once).</summary>
    CacheSnapshot<T> Snapshot { get; }

    /// <summary>Looks an object up by namespace (null for cluster-scoped) and name.</summary>
    T? Get(string? @namespace, string name) => Snapshot.Get(@namespace, name);
}
