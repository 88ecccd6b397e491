using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Tests.Cluster;

/// <summary>An API server that has nothing beyond the caches: every read is a 404 (counted).</summary>
internal sealed class NotFoundKubeApi : IKubeApi
{
    private int reads;

    public int Reads => Volatile.Read(ref reads);

    public Task<KubeResult<T>> GetAsync<T>(KubeResource<T> resource, string? @namespace, string name, CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        Interlocked.Increment(ref reads);
        return Task.FromResult(KubeResult<T>.Fail(new(404, "NotFound", $"{resource.Plural} {name} not found")));
    }

    public Task<KubeResult<KubeList<T>>> ListAsync<T>(KubeResource<T> resource, int limit, string? continueToken, CancellationToken cancellationToken)
        where T : class, IKubeObject => throw new NotSupportedException();

    public Task<KubeResult<IAsyncEnumerable<WatchLine<T>>>> WatchAsync<T>(
        KubeResource<T> resource, string resourceVersion, int timeoutSeconds, CancellationToken cancellationToken)
        where T : class, IKubeObject => throw new NotSupportedException();

    public Task<KubeResult<Event>> CreateEventAsync(string @namespace, Event newEvent, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
