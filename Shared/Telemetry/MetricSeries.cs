namespace Stork.Shared.Telemetry;

/// <summary>
/// The live state of one series. Updates are lock-free (<see cref="Interlocked"/>) and allocate nothing;
/// a histogram keeps one counter per bucket plus an overflow bucket for <c>+Inf</c>.
/// </summary>
internal sealed class MetricSeries
{
    private readonly double[]? upperBounds;
    private readonly long[]? bucketCounts;
    private double value;

    public MetricSeries(IReadOnlyList<MetricLabel> labels, double[]? upperBounds)
    {
        Labels = labels;
        this.upperBounds = upperBounds;
        bucketCounts = upperBounds is null ? null : new long[upperBounds.Length + 1];
    }

    public IReadOnlyList<MetricLabel> Labels { get; }

    public void Update(SeriesUpdate update, double measurement)
    {
        switch (update)
        {
            case SeriesUpdate.Add:
                Add(ref value, measurement);
                break;
            case SeriesUpdate.Set:
                Volatile.Write(ref value, measurement);
                break;
            case SeriesUpdate.Observe:
                Observe(measurement);
                break;
        }
    }

    public MetricSeriesSnapshot Snapshot()
    {
        if (upperBounds is null || bucketCounts is null)
        {
            return new MetricSeriesSnapshot(Labels, Volatile.Read(ref value));
        }

        var counts = new long[bucketCounts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Interlocked.Read(ref bucketCounts[i]);
        }

        return new MetricSeriesSnapshot(Labels, 0, new HistogramSnapshot(upperBounds, counts, Volatile.Read(ref value)));
    }

    private static void Add(ref double location, double amount)
    {
        var current = Volatile.Read(ref location);
        while (true)
        {
            var seen = Interlocked.CompareExchange(ref location, current + amount, current);
            if (BitConverter.DoubleToInt64Bits(seen) == BitConverter.DoubleToInt64Bits(current))
            {
                return;
            }

            current = seen;
        }
    }

    private void Observe(double measurement)
    {
        if (upperBounds is null || bucketCounts is null || double.IsNaN(measurement))
        {
            return;
        }

        var index = Array.BinarySearch(upperBounds, measurement);
        Interlocked.Increment(ref bucketCounts[index < 0 ? ~index : index]);
        Add(ref value, measurement);
    }
}
