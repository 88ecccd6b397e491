using Microsoft.Extensions.Logging;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>One watch from a resourceVersion to its end: applies events to the cache and tells the
/// informer how it ended. A stream that breaks after making progress reconnects at once.</summary>
internal sealed class WatchSession<T>(
    IKubeApi api,
    ResourceCache<T> cache,
    InformerOptions options,
    CacheMetrics metrics,
    TimeProvider time,
    ILogger logger)
    where T : class, IKubeObject
{
    private string Plural => cache.Resource.Plural;

    public async Task<WatchOutcome> RunAsync(string resourceVersion, CancellationToken cancellationToken)
    {
        var timeoutSeconds = (int)(options.WatchTimeout.TotalSeconds * (1 + Random.Shared.NextDouble()));
        var opened = await api.WatchAsync(cache.Resource, resourceVersion, Math.Max(timeoutSeconds, 1), cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error!.IsGone ? Expired(resourceVersion) : new(resourceVersion, opened.Error);
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progressed = false;
        try
        {
            await using var lines = opened.Value!.GetAsyncEnumerator(idle.Token);
            while (true)
            {
                idle.CancelAfter(options.IdleTimeout);
                if (!await lines.MoveNextAsync())
                {
                    cache.MarkContact(time.GetUtcNow());
                    return new(resourceVersion, null);
                }

                var line = lines.Current;
                if (line.Type == WatchEventType.Error)
                {
                    return line.Error?.Code == 410
                        ? Expired(resourceVersion)
                        : new(resourceVersion, new(line.Error?.Code ?? 0, line.Error?.Reason ?? "Error", line.Error?.Message ?? "watch ERROR event"));
                }

                resourceVersion = Apply(line) ?? resourceVersion;
                progressed |= line.Type != WatchEventType.Malformed;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.WatchSilent(Plural, options.IdleTimeout);
            return new(resourceVersion, null);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            logger.WatchDropped(Plural, e.Message);
            return new(resourceVersion, progressed ? null : new(0, "Transport", e.Message));
        }
    }

    /// <summary>Applies one line; returns the resourceVersion it advances to, if any.</summary>
    private string? Apply(WatchLine<T> line)
    {
        switch (line.Type)
        {
            case WatchEventType.Added or WatchEventType.Modified:
                cache.Upsert(line.Object!);
                break;
            case WatchEventType.Deleted:
                cache.Delete(line.Object!);
                break;
            case WatchEventType.Malformed:
                metrics.MalformedLine(Plural);
                logger.MalformedWatchLine(Plural);
                return null;
        }

        cache.MarkContact(time.GetUtcNow());
        return line.ResourceVersion;
    }

    private WatchOutcome Expired(string resourceVersion)
    {
        logger.WatchExpired(Plural, resourceVersion);
        return new(null, null);
    }
}
