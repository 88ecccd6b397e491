using System.Runtime.CompilerServices;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Snapshot;

/// <summary>The Kubernetes API answered from a <see cref="ClusterSnapshot"/>: lists return the snapshot,
/// watches stay open and quiet, events are accepted and dropped.</summary>
internal sealed class SnapshotKubeApi(ClusterSnapshot snapshot) : IKubeApi
{
    private const string Version = "1";

    public Task<KubeResult<T>> GetAsync<T>(KubeResource<T> resource, string? @namespace, string name, CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        var found = snapshot.Objects(resource).FirstOrDefault(o =>
            o.Metadata.Name == name && (!resource.Namespaced || o.Metadata.Namespace == @namespace));
        return Task.FromResult(found is null
            ? KubeResult<T>.Fail(new(404, "NotFound", $"{resource.Plural} \"{name}\" not found in the cluster snapshot"))
            : KubeResult<T>.Ok(found));
    }

    public Task<KubeResult<KubeList<T>>> ListAsync<T>(KubeResource<T> resource, int limit, string? continueToken, CancellationToken cancellationToken)
        where T : class, IKubeObject =>
        Task.FromResult(KubeResult<KubeList<T>>.Ok(new() { Metadata = new() { ResourceVersion = Version }, Items = snapshot.Objects(resource) }));

    public Task<KubeResult<IAsyncEnumerable<WatchLine<T>>>> WatchAsync<T>(
        KubeResource<T> resource, string resourceVersion, int timeoutSeconds, CancellationToken cancellationToken)
        where T : class, IKubeObject =>
        Task.FromResult(KubeResult<IAsyncEnumerable<WatchLine<T>>>.Ok(NothingChanges<T>(TimeSpan.FromSeconds(timeoutSeconds), cancellationToken)));

    public Task<KubeResult<Event>> CreateEventAsync(string @namespace, Event newEvent, CancellationToken cancellationToken) =>
        Task.FromResult(KubeResult<Event>.Ok(newEvent));

    /// <summary>A watch on a frozen cluster: no events; it ends when its timeout passes, as a server's would.</summary>
    private static async IAsyncEnumerable<WatchLine<T>> NothingChanges<T>(TimeSpan timeout, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        await Task.Delay(timeout, cancellationToken);
        yield break;
    }
}
