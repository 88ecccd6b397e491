namespace Stork.Shared.Telemetry;

/// <summary>One label of a series: a sanitised Prometheus label name and its raw (unescaped) value.</summary>
internal readonly record struct MetricLabel(string Name, string Value);
