using System.Globalization;

namespace Stork.Bench.Scenarios.Footprint;

/// <summary>One service's memory after its caches synced and it served traffic: resident (now and peak), the
/// managed heap as the collector left it, the live managed bytes after a full collection, and what the GC has committed.</summary>
internal sealed record Footprint(long Rss, long PeakRss, long HeapBeforeCollect, long HeapLive, long GcCommitted)
{
    /// <summary>The one line the serving child prints: <c>footprint RSS PEAK HEAP LIVE COMMITTED</c> (bytes).</summary>
    public string ToLine() => "footprint " + string.Join(' ',
        new[] { Rss, PeakRss, HeapBeforeCollect, HeapLive, GcCommitted }.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    public static Footprint? Parse(string line) =>
        line.Split(' ') is ["footprint", var a, var b, var c, var d, var e]
            ? new(Long(a), Long(b), Long(c), Long(d), Long(e))
            : null;

    private static long Long(string text) => long.Parse(text, CultureInfo.InvariantCulture);
}
