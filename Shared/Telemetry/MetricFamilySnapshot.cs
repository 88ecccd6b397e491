namespace Stork.Shared.Telemetry;

/// <summary>A metric family as it is exposed: Prometheus name, help text, type and its series.</summary>
internal sealed record MetricFamilySnapshot(string Name, string Help, MetricType Type, IReadOnlyList<MetricSeriesSnapshot> Series);
