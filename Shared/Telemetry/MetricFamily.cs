using System.Collections.Concurrent;

namespace Stork.Shared.Telemetry;

/// <summary>
/// The series of one metric, keyed by the measurement's tag set. Recording into an existing series is
/// a lookup by the tag span (no allocation) plus an interlocked update; a new tag set costs one key and,
/// when its labels are new, one series. Tag sets that render to the same labels share a series.
/// </summary>
internal sealed class MetricFamily
{
    private readonly ConcurrentDictionary<TagSet, MetricSeries> byTags = new(TagSetComparer.Instance);
    private readonly ConcurrentDictionary<TagSet, MetricSeries>.AlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>> byTagSpan;
    private readonly ConcurrentDictionary<string, MetricSeries> byLabels = new(StringComparer.Ordinal);

    public MetricFamily(MetricDefinition definition)
    {
        Definition = definition;
        byTagSpan = byTags.GetAlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>>();
    }

    public MetricDefinition Definition { get; }

    public void Record(double measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (!byTagSpan.TryGetValue(tags, out var series))
        {
            series = AddSeries(tags);
        }

        series.Update(Definition.Update, measurement);
    }

    public MetricFamilySnapshot Snapshot()
    {
        var series = byLabels
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Value.Snapshot())
            .ToList();
        return new MetricFamilySnapshot(Definition.Name, Definition.Help, Definition.Type, series);
    }

    private MetricSeries AddSeries(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = MetricLabels.From(tags);
        var series = byLabels.GetOrAdd(MetricLabels.Key(labels), static (_, state) => new MetricSeries(state.labels, state.bounds), (labels, bounds: Definition.UpperBounds));
        return byTags.GetOrAdd(new TagSet(tags), series);
    }
}
