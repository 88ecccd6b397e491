using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>Whether a service's caches hold what the fake API server holds: its <c>stork_cache_objects</c> gauges
/// (scraped from <c>/metrics</c>) against the fake's counts, polled until they agree or the patience runs out.</summary>
internal static partial class CacheConvergence
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>The resources either service caches. The scoring sidecar's pods cache holds only pods of its scheduler
    /// (a field selector); the soak seeds no pod at all, so the fake's whole count is the truth for it too.</summary>
    private static readonly KubeResourceType[] Cached =
    [
        KubeResourceType.Nodes, KubeResourceType.Namespaces, KubeResourceType.PersistentVolumeClaims,
        KubeResourceType.PersistentVolumes, KubeResourceType.StorageClasses, KubeResourceType.CsiNodes, KubeResourceType.Pods,
    ];

    /// <returns>How long agreement took (null: it did not come), and the last comparison, one text per resource
    /// (<c>nodes 300 = 300</c>, or <c>nodes 299 ≠ 300</c>).</returns>
    public static async Task<(TimeSpan? Took, IReadOnlyList<string> Comparison)> WaitAsync(HttpClient service, FakeKubeApiServer kube, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        IReadOnlyList<string> comparison = ["no stork_cache_objects in /metrics"];
        while (true)
        {
            var held = await ScrapeAsync(service, cancellationToken);
            if (held is null)
                return (null, ["/metrics did not answer: the service is gone"]);
            var diffs = held.Select(h => (h.Key, Held: h.Value, Truth: Truth(kube, h.Key))).ToList();
            comparison = [.. diffs.Select(d => $"{d.Key} {d.Held} {(d.Held == d.Truth ? "=" : "≠")} {d.Truth?.ToString(CultureInfo.InvariantCulture) ?? "?"}")];
            if (diffs.Count > 0 && diffs.All(d => d.Held == d.Truth))
                return (started.Elapsed, comparison);
            if (started.Elapsed > Patience)
                return (null, comparison);
            await Task.Delay(250, cancellationToken);
        }
    }

    private static long? Truth(FakeKubeApiServer kube, string resource) =>
        Cached.FirstOrDefault(t => t.Plural == resource) is { } type ? kube.Count(type.CollectionPath) : null;

    /// <returns>Objects held per resource; null when /metrics cannot be read.</returns>
    private static async Task<Dictionary<string, long>?> ScrapeAsync(HttpClient service, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await service.GetStringAsync(new Uri("/metrics", UriKind.Relative), cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            return null;
        }

        return ObjectsLine().Matches(text).ToDictionary(
            m => m.Groups["resource"].Value,
            m => (long)double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture),
            StringComparer.Ordinal);
    }

    [GeneratedRegex("""^stork_cache_objects\{[^}]*resource="(?<resource>[^"]+)"[^}]*\} (?<value>\S+)""", RegexOptions.Multiline)]
    private static partial Regex ObjectsLine();
}
