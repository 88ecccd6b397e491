using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Client;

/// <summary>The Kubernetes API as the services use it. API errors come back as <see cref="KubeApiError"/>
/// values, never as exceptions; only cancellation throws.</summary>
public interface IKubeApi
{
    Task<KubeResult<T>> GetAsync<T>(KubeResource<T> resource, string? @namespace, string name, CancellationToken cancellationToken)
        where T : class, IKubeObject;

    /// <summary>One page of a list across all namespaces: <c>?limit=&amp;continue=</c>.</summary>
    Task<KubeResult<KubeList<T>>> ListAsync<T>(KubeResource<T> resource, int limit, string? continueToken, CancellationToken cancellationToken)
        where T : class, IKubeObject;

    /// <summary>Opens a watch from <paramref name="resourceVersion"/> with bookmarks. The stream ends when the
    /// server closes it; a broken connection surfaces as an <see cref="IOException"/> or
    /// <see cref="HttpRequestException"/> while reading.</summary>
    Task<KubeResult<IAsyncEnumerable<WatchLine<T>>>> WatchAsync<T>(
        KubeResource<T> resource, string resourceVersion, int timeoutSeconds, CancellationToken cancellationToken)
        where T : class, IKubeObject;

    Task<KubeResult<Event>> CreateEventAsync(string @namespace, Event newEvent, CancellationToken cancellationToken);
}
