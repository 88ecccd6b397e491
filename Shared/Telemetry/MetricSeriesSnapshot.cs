namespace Stork.Shared.Telemetry;

/// <summary>One series of a family: its labels (sorted by name) and either a value (counter, gauge)
/// or a histogram.</summary>
internal sealed record MetricSeriesSnapshot(IReadOnlyList<MetricLabel> Labels, double Value, HistogramSnapshot? Histogram = null);
