using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Stork.Shared.Kube.Cache;

/// <summary>Cache instruments on the <c>Stork.Kube</c> meter: objects and last-contact age per resource
/// (observed at scrape), watch restarts, relists, malformed watch lines and rejected list items (counted),
/// and the delay before a relist that is backing off.</summary>
internal sealed class CacheMetrics
{
    public const string MeterName = "Stork.Kube";

    private readonly Counter<long> watchRestarts;
    private readonly Counter<long> relists;
    private readonly Counter<long> malformedLines;
    private readonly Counter<long> rejectedListItems;
    private readonly ConcurrentDictionary<string, double> relistBackoff = new(StringComparer.Ordinal);

    public CacheMetrics(IMeterFactory meterFactory, IEnumerable<ICacheStatus> caches, TimeProvider time)
    {
        var meter = meterFactory.Create(MeterName);
        var all = caches.ToArray();
        meter.CreateObservableGauge(
            "stork_cache_objects",
            () => all.Select(c => new Measurement<int>(c.Count, Tag(c.Resource))),
            description: "Objects held by each Kubernetes cache.");
        meter.CreateObservableGauge(
            "stork_cache_last_sync_age_seconds",
            () => all.Where(c => c.LastContact is not null)
                .Select(c => new Measurement<double>((time.GetUtcNow() - c.LastContact!.Value).TotalSeconds, Tag(c.Resource))),
            unit: "s",
            description: "Seconds since each cache last heard from the API server (list, event, bookmark).");
        watchRestarts = meter.CreateCounter<long>("stork_cache_watch_restarts_total", description: "Watches reopened, by resource.");
        relists = meter.CreateCounter<long>("stork_cache_relists_total", description: "Full lists after the first (410 Gone, failures), by resource.");
        malformedLines = meter.CreateCounter<long>("stork_cache_malformed_watch_lines_total", description: "Watch lines skipped as malformed, by resource.");
        rejectedListItems = meter.CreateCounter<long>("stork_cache_rejected_list_items_total", description: "List items skipped as invalid, by resource.");
        meter.CreateObservableGauge(
            "stork_cache_relist_backoff_seconds",
            () => relistBackoff.Select(pair => new Measurement<double>(pair.Value, Tag(pair.Key))),
            unit: "s",
            description: "Delay before the next list of a cache whose watches keep expiring (410 Gone) without progress; 0 when none.");
    }

    public void WatchRestarted(string resource) => watchRestarts.Add(1, Tag(resource));

    public void Relisted(string resource) => relists.Add(1, Tag(resource));

    public void MalformedLine(string resource) => malformedLines.Add(1, Tag(resource));

    public void RejectedListItems(string resource, int count) => rejectedListItems.Add(count, Tag(resource));

    public void RelistBackoff(string resource, TimeSpan delay) => relistBackoff[resource] = delay.TotalSeconds;

    private static KeyValuePair<string, object?> Tag(string resource) => new("resource", resource);
}
