using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stork.Shared.Hosting;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>Keeps a <see cref="ResourceCache{T}"/> in step with the API server: paged list, then watch from
/// the list's resourceVersion with bookmarks; 410 Gone lists again; broken or silent watches reconnect,
/// with jittered exponential backoff while they keep failing; watches that keep expiring without progress
/// relist with the same backoff. Invalid list items and watch lines are skipped, counted and warned about
/// (at most one warning per resource every 10 s). A crash stops the host.</summary>
internal sealed class Informer<T>(
    IKubeApi api,
    ResourceCache<T> cache,
    InformerOptions options,
    CacheMetrics metrics,
    TimeProvider time,
    HostFailure failure,
    ILogger<Informer<T>> logger) : BackgroundService
    where T : class, IKubeObject
{
    private static readonly TimeSpan WarningInterval = TimeSpan.FromSeconds(10);

    private readonly WarningThrottle warnings = new(time, WarningInterval);

    private string Plural => cache.Resource.Plural;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
        catch (Exception e)
        {
            logger.CacheLoopCrashed(e, Plural);
            failure.StopHost();
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        string? resourceVersion = null;
        var failures = 0;
        var expiries = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (resourceVersion is null)
            {
                var (listedVersion, error) = await ListAllAsync(cancellationToken);
                if (listedVersion is null)
                {
                    var delay = NextDelay(++failures);
                    ReportFailure(error!, delay, listing: true);
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                resourceVersion = listedVersion;
            }

            var session = new WatchSession<T>(api, cache, options, metrics, time, warnings, logger);
            var outcome = await session.RunAsync(resourceVersion, cancellationToken);
            resourceVersion = outcome.ResourceVersion;
            expiries = outcome.Progressed ? 0 : expiries + (resourceVersion is null ? 1 : 0);
            if (resourceVersion is null || outcome.Progressed)
            {
                await DelayRelistAsync(expiries, cancellationToken);
            }

            metrics.WatchRestarted(Plural);
            if (outcome.Error is null)
            {
                failures = 0;
                continue;
            }

            var retryIn = NextDelay(++failures);
            ReportFailure(outcome.Error, retryIn, listing: false);
            await Task.Delay(retryIn, time, cancellationToken);
        }
    }

    /// <summary>Lists every page and replaces the cache, keeping the objects it holds that did not change
    /// (<see cref="CacheSnapshot{T}.Unchanged"/>); returns the list's resourceVersion, or the error.</summary>
    private async Task<(string? ResourceVersion, KubeApiError? Error)> ListAllAsync(CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var held = cache.Snapshot; // this informer is the cache's only writer: it does not change while listing
        string? continueToken = null;
        string? resourceVersion;
        do
        {
            var page = await api.ListAsync(cache.Resource, options.PageSize, continueToken, cancellationToken);
            if (!page.IsSuccess)
            {
                return (null, page.Error);
            }

            // Each page at once, so that the fresh copies of unchanged objects die before the next page is read.
            items.AddRange(page.Value!.Items.Select(listed => held.Unchanged(cache.Resource.Kept(listed))));
            ReportRejected(page.Value.Rejected);
            continueToken = page.Value.Metadata.Continue;
            resourceVersion = page.Value.Metadata.ResourceVersion;
        }
        while (!string.IsNullOrEmpty(continueToken));

        if (cache.IsSynced)
        {
            metrics.Relisted(Plural);
        }

        cache.Replace(items);
        cache.MarkContact(time.GetUtcNow());
        logger.CacheSynced(Plural, items.Count, resourceVersion ?? "");
        return (resourceVersion ?? "", null);
    }

    /// <summary>The first relist after a watch that made progress is immediate; each further one while
    /// watches keep expiring without progress (410 Gone at open, say) waits like a failed watch.</summary>
    private async Task DelayRelistAsync(int expiries, CancellationToken cancellationToken)
    {
        var delay = expiries > 1 ? NextDelay(expiries - 1) : TimeSpan.Zero;
        metrics.RelistBackoff(Plural, delay);
        if (delay > TimeSpan.Zero)
        {
            logger.RelistDelayed(Plural, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private void ReportRejected(IReadOnlyList<RejectedObject> rejected)
    {
        if (rejected.Count == 0)
        {
            return;
        }

        metrics.RejectedListItems(Plural, rejected.Count);
        if (warnings.TryPass(out var suppressed))
        {
            logger.RejectedListItem(Plural, rejected[0].Key ?? "unreadable", rejected[0].Reason, suppressed + rejected.Count - 1);
        }
    }

    private TimeSpan NextDelay(int failures) =>
        Backoff.Delay(options.InitialBackoff, options.MaxBackoff, failures, Random.Shared.NextDouble());

    private void ReportFailure(KubeApiError error, TimeSpan delay, bool listing)
    {
        if (error.IsUnauthorized)
        {
            logger.Unauthorized(Plural, error.ToString());
        }
        else if (listing)
        {
            logger.ListFailed(Plural, error.ToString(), delay);
        }
        else
        {
            logger.WatchFailed(Plural, error.ToString(), delay);
        }
    }
}
