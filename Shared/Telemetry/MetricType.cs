namespace Stork.Shared.Telemetry;

/// <summary>The Prometheus metric types this exposition produces.</summary>
internal enum MetricType
{
    Counter,
    Gauge,
    Histogram,
}
