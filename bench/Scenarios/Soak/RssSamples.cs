namespace Stork.Bench.Scenarios.Soak;

/// <summary>One service's resident memory sampled at a steady interval; the comparison starts after the warm-up.</summary>
internal sealed class RssSamples(SoakService service)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly List<(TimeSpan At, long Rss)> samples = [];

    public SoakService Service => service;

    public IReadOnlyList<(TimeSpan At, long Rss)> All => samples;

    public void Take(TimeSpan at)
    {
        if (service.Rss() is { } rss)
            samples.Add((at, rss));
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
}
