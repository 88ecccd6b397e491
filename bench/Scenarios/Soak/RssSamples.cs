using System.Globalization;
using System.Text.RegularExpressions;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>One service's memory sampled at a steady interval; the RSS comparison starts after the warm-up.</summary>
internal sealed partial class RssSamples(SoakService service, HttpClient client)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly List<MemorySample> samples = [];

    public SoakService Service => service;

    public IReadOnlyList<MemorySample> All => samples;

    public async Task TakeAsync(TimeSpan at, CancellationToken cancellationToken)
    {
        if (service.Rss() is not { } rss)
            return;
        var (heap, committed, gen2) = await ManagedAsync(cancellationToken);
        samples.Add(new(at, rss, heap, committed, gen2));
    }

    /// <summary>The first sample at or after <paramref name="warmUp"/> and the last one; null without any.</summary>
    public (long First, long Last, double ChangePercent)? Compare(TimeSpan warmUp)
    {
        var settled = samples.Where(s => s.At >= warmUp).ToList();
        if (settled.Count == 0)
            return null;
        var (first, last) = (settled[0].Rss, settled[^1].Rss);
        return (first, last, (last - first) * 100.0 / first);
    }

    /// <summary>The heap after the last collection (all generations), the GC's committed bytes and the gen2 collections, from
    /// /metrics; nulls when the scrape failed. The end of the soak cancels a scrape under way instead: no half sample.</summary>
    private async Task<(long? Heap, long? Committed, long? Gen2)> ManagedAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, null, null);
        }

        var heap = HeapLine().Matches(text);
        var committed = CommittedLine().Match(text);
        var gen2 = Gen2Line().Match(text);
        return (heap.Count > 0 ? heap.Sum(Value) : null, committed.Success ? Value(committed) : null, gen2.Success ? Value(gen2) : null);
    }

    private static long Value(Match m) => (long)double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""^dotnet_gc_last_collection_heap_size_bytes\{[^}]*\} (?<value>\S+)""", RegexOptions.Multiline)]
    private static partial Regex HeapLine();

    [GeneratedRegex("""^dotnet_gc_last_collection_memory_committed_size_bytes(\{[^}]*\})? (?<value>\S+)""", RegexOptions.Multiline)]
    private static partial Regex CommittedLine();

    [GeneratedRegex("""^dotnet_gc_collections_total\{[^}]*gc_heap_generation="gen2"[^}]*\} (?<value>\S+)""", RegexOptions.Multiline)]
    private static partial Regex Gen2Line();
}
