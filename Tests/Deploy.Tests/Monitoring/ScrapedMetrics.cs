namespace Stork.Deploy.Tests.Monitoring;

/// <summary>The sample names of a Prometheus text exposition (histograms as their <c>_bucket</c>,
/// <c>_sum</c> and <c>_count</c> series), as a PromQL expression names them.</summary>
internal static class ScrapedMetrics
{
    public static IReadOnlySet<string> SampleNames(string exposition) =>
        exposition.Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l[..l.IndexOfAny(['{', ' '])])
            .ToHashSet(StringComparer.Ordinal);
}
