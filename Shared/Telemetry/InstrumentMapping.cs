using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Stork.Shared.Telemetry;

/// <summary>
/// Pure mapping from a System.Diagnostics.Metrics instrument to its Prometheus definition: counters
/// become <c>_total</c> counters, up-down counters and gauges become gauges, histograms keep explicit
/// buckets (the instrument's advised boundaries, else <see cref="DefaultSecondsBuckets"/>).
/// </summary>
internal static class InstrumentMapping
{
    /// <summary>Default histogram boundaries, for durations in seconds (0.5 ms .. 10 s).</summary>
    public static readonly IReadOnlyList<double> DefaultSecondsBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly FrozenDictionary<Type, (MetricType Type, SeriesUpdate Update)> Shapes =
        new Dictionary<Type, (MetricType Type, SeriesUpdate Update)>
        {
            [typeof(Counter<>)] = (MetricType.Counter, SeriesUpdate.Add),
            [typeof(UpDownCounter<>)] = (MetricType.Gauge, SeriesUpdate.Add),
            [typeof(Gauge<>)] = (MetricType.Gauge, SeriesUpdate.Set),
            [typeof(Histogram<>)] = (MetricType.Histogram, SeriesUpdate.Observe),
            [typeof(ObservableCounter<>)] = (MetricType.Counter, SeriesUpdate.Set),
            [typeof(ObservableGauge<>)] = (MetricType.Gauge, SeriesUpdate.Set),
            [typeof(ObservableUpDownCounter<>)] = (MetricType.Gauge, SeriesUpdate.Set),
        }.ToFrozenDictionary();

    /// <summary>The definition for <paramref name="instrument"/>, or null for an instrument kind this
    /// exposition does not know.</summary>
    public static MetricDefinition? Define(Instrument instrument)
    {
        var kind = instrument.GetType();
        if (!kind.IsGenericType || !Shapes.TryGetValue(kind.GetGenericTypeDefinition(), out var shape))
        {
            return null;
        }

        var bounds = shape.Type == MetricType.Histogram ? AdvisedBounds(instrument) ?? [.. DefaultSecondsBuckets] : null;
        return new MetricDefinition(
            PrometheusNames.MetricName(instrument.Name, shape.Type),
            instrument.Description ?? string.Empty,
            shape.Type,
            shape.Update,
            bounds);
    }

    private static double[]? AdvisedBounds(Instrument instrument) => instrument switch
    {
        Histogram<double> histogram => ToDoubles(histogram.Advice?.HistogramBucketBoundaries),
        Histogram<float> histogram => ToDoubles(histogram.Advice?.HistogramBucketBoundaries),
        Histogram<long> histogram => ToDoubles(histogram.Advice?.HistogramBucketBoundaries),
        Histogram<int> histogram => ToDoubles(histogram.Advice?.HistogramBucketBoundaries),
        Histogram<short> histogram => ToDoubles(histogram.Advice?.HistogramBucketBoundaries),
        Histogram<byte> histogram => ToDoubles(histogram.Advice?.HistogramBucketBoundaries),
        Histogram<decimal> histogram => ToDoubles(histogram.Advice?.HistogramBucketBoundaries),
        _ => null,
    };

    private static double[]? ToDoubles<T>(IReadOnlyList<T>? bounds)
        where T : struct, IConvertible =>
        bounds?.Select(bound => bound.ToDouble(CultureInfo.InvariantCulture)).Where(double.IsFinite).ToArray();
}
