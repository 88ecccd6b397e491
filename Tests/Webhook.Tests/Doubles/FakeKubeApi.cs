using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>The Kubernetes API as the webhook uses it: PVC reads only, answered by <see cref="GetClaim"/>
/// (404 unless told otherwise).</summary>
internal sealed class FakeKubeApi : IKubeApi
{
    public static readonly KubeApiError NotFound = new(404, "NotFound", "persistentvolumeclaims not found");

    private int getCalls;

    public Func<string?, string, CancellationToken, Task<KubeResult<PersistentVolumeClaim>>> GetClaim { get; set; } =
        (_, _, _) => Task.FromResult(KubeResult<PersistentVolumeClaim>.Fail(NotFound));

    public int GetCalls => Volatile.Read(ref getCalls);

    public async Task<KubeResult<T>> GetAsync<T>(KubeResource<T> resource, string? @namespace, string name, CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        Interlocked.Increment(ref getCalls);
        if (resource is not KubeResource<PersistentVolumeClaim>)
        {
            throw new NotSupportedException($"the webhook reads only PVCs, not {resource.Plural}");
        }

        var result = await GetClaim(@namespace, name, cancellationToken);
        return (KubeResult<T>)(object)result;
    }

    public Task<KubeResult<KubeList<T>>> ListAsync<T>(KubeResource<T> resource, int limit, string? continueToken, CancellationToken cancellationToken)
        where T : class, IKubeObject => throw new NotSupportedException();

    public Task<KubeResult<IAsyncEnumerable<WatchLine<T>>>> WatchAsync<T>(
        KubeResource<T> resource, string resourceVersion, int timeoutSeconds, CancellationToken cancellationToken)
        where T : class, IKubeObject => throw new NotSupportedException();

    public Task<KubeResult<Event>> CreateEventAsync(string @namespace, Event newEvent, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
