using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>Reads through a cache, falling back to one API read on a miss: an object created a moment
/// ago (a PVC created just before its pod) may not have reached the watch yet.</summary>
public static class KubeLookup
{
    /// <returns>The object; or the API's error (<see cref="KubeApiError.IsNotFound"/> when it does not exist).</returns>
    public static async Task<KubeResult<T>> GetAsync<T>(
        IResourceCache<T> cache, IKubeApi api, KubeResource<T> resource, string? @namespace, string name, CancellationToken cancellationToken)
        where T : class, IKubeObject =>
        cache.Get(@namespace, name) is { } cached
            ? KubeResult<T>.Ok(cached)
            : await api.GetAsync(resource, @namespace, name, cancellationToken);
}
