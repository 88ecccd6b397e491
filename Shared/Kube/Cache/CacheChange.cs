using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>A change a cache applied: from a watch event, or synthesised when a relist shows the
/// difference (objects that vanished while the watch was down come as <see cref="CacheChangeType.Deleted"/>).</summary>
/// <param name="Object">The new object, or for a delete the last one known.</param>
public readonly record struct CacheChange<T>(CacheChangeType Type, T Object)
    where T : class, IKubeObject;
