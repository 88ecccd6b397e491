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
    WarningThrottle warnings,
    ILogger logger)
    where T : class, IKubeObject
{
    /// <summary>A watch closed sooner than this without sending anything counts as a failure (backoff), so a
    /// proxy that ends long requests at once cannot drive a tight reconnect loop.</summary>
    private static readonly TimeSpan MinimumQuietWatch = TimeSpan.FromSeconds(1);

    private static readonly KubeApiError ClosedAtOnce = new(0, "WatchClosed", "the API server closed the watch at once without sending anything");

    private string Plural => cache.Resource.Plural;

    public async Task<WatchOutcome> RunAsync(string resourceVersion, CancellationToken cancellationToken)
    {
        var timeoutSeconds = (int)(options.WatchTimeout.TotalSeconds * (1 + Random.Shared.NextDouble()));
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = time.GetTimestamp();
        var progressed = false;
        try
        {
            // A server that takes the request but never answers is as silent as a quiet stream.
            idle.CancelAfter(options.IdleTimeout);
            var opened = await api.WatchAsync(cache.Resource, resourceVersion, Math.Max(timeoutSeconds, 1), idle.Token);
            if (!opened.IsSuccess)
            {
                return opened.Error!.IsGone ? Expired(resourceVersion, false) : new(resourceVersion, opened.Error);
            }

            await using var lines = opened.Value!.GetAsyncEnumerator(idle.Token);
            while (true)
            {
                idle.CancelAfter(options.IdleTimeout);
                if (!await lines.MoveNextAsync())
                {
                    cache.MarkContact(time.GetUtcNow());
                    return new(resourceVersion, progressed || time.GetElapsedTime(started) >= MinimumQuietWatch ? null : ClosedAtOnce, progressed);
                }

                var line = lines.Current;
                if (line.Type == WatchEventType.Error)
                {
                    return Ended(line.Error, resourceVersion, progressed);
                }

                resourceVersion = Apply(line) ?? resourceVersion;
                progressed |= line.Type != WatchEventType.Malformed;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.WatchSilent(Plural, options.IdleTimeout);
            return new(resourceVersion, null, progressed);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            logger.WatchDropped(Plural, e.Message);
            return new(resourceVersion, progressed ? null : new(0, "Transport", e.Message), progressed);
        }
    }

    /// <summary>Applies one line; returns the resourceVersion it advances to, if any.</summary>
    private string? Apply(WatchLine<T> line)
    {
        switch (line.Type)
        {
            case WatchEventType.Added or WatchEventType.Modified:
                cache.Upsert(cache.Resource.Kept(line.Object!));
                break;
            case WatchEventType.Deleted:
                cache.Delete(line.Object!);
                break;
            case WatchEventType.Malformed:
                metrics.MalformedLine(Plural);
                if (warnings.TryPass(out var suppressed))
                {
                    logger.MalformedWatchLine(Plural, line.Rejected?.Key ?? "unreadable", line.Rejected?.Reason ?? "", suppressed);
                }

                return null;
        }

        cache.MarkContact(time.GetUtcNow());
        return line.ResourceVersion;
    }

    /// <summary>How a watch the server ended with an ERROR line goes on: 410 lists again, anything else backs off.</summary>
    private WatchOutcome Ended(Status? error, string resourceVersion, bool progressed) =>
        error?.Code == 410
            ? Expired(resourceVersion, progressed)
            : new(resourceVersion, new(error?.Code ?? 0, error?.Reason ?? "Error", error?.Message ?? "watch ERROR event"), progressed);

    private WatchOutcome Expired(string resourceVersion, bool progressed)
    {
        logger.WatchExpired(Plural, resourceVersion);
        return new(null, null, progressed);
    }
}
