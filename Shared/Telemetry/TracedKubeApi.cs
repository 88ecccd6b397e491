using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Telemetry;

/// <summary>Wraps the Kubernetes API so that single-object reads (the request paths' cache-miss reads) are child
/// spans of the request that needs them. Lists and watches (the informers' long-running loops) and event writes
/// pass through untraced.</summary>
internal sealed class TracedKubeApi(IKubeApi inner, StorkTracing tracing) : IKubeApi
{
    public const string GetSpan = "kube get";

    public async Task<KubeResult<T>> GetAsync<T>(KubeResource<T> resource, string? @namespace, string name, CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        using var span = tracing.Start(GetSpan, System.Diagnostics.ActivityKind.Client);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(SpanTags.Resource, resource.Plural);
            span.SetTag(SpanTags.Namespace, @namespace);
            span.SetTag(SpanTags.Name, name);
        }

        var result = await inner.GetAsync(resource, @namespace, name, cancellationToken);
        if (result.Error is { IsNotFound: false } error)
        {
            span.SetFailed(error.ToString());
        }

        return result;
    }

    public Task<KubeResult<KubeList<T>>> ListAsync<T>(KubeResource<T> resource, int limit, string? continueToken, CancellationToken cancellationToken)
        where T : class, IKubeObject =>
        inner.ListAsync(resource, limit, continueToken, cancellationToken);

    public Task<KubeResult<IAsyncEnumerable<WatchLine<T>>>> WatchAsync<T>(
        KubeResource<T> resource, string resourceVersion, int timeoutSeconds, CancellationToken cancellationToken)
        where T : class, IKubeObject =>
        inner.WatchAsync(resource, resourceVersion, timeoutSeconds, cancellationToken);

    public Task<KubeResult<Event>> CreateEventAsync(string @namespace, Event newEvent, CancellationToken cancellationToken) =>
        inner.CreateEventAsync(@namespace, newEvent, cancellationToken);
}
