using System.Globalization;
using System.Text;

namespace Stork.Shared.Telemetry;

/// <summary>Turns measurement tags into labels: sanitised names, invariant-culture values, sorted by name,
/// one label per name (the last tag wins).</summary>
internal static class MetricLabels
{
    public static MetricLabel[] From(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var byName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            byName[PrometheusNames.LabelName(tag.Key)] = ValueText(tag.Value);
        }

        return [.. byName.Select(pair => new MetricLabel(pair.Key, pair.Value))];
    }

    /// <summary>A string that identifies a label set and sorts series in a stable order.</summary>
    public static string Key(IReadOnlyList<MetricLabel> labels)
    {
        var key = new StringBuilder();
        foreach (var label in labels)
        {
            key.Append(label.Name).Append('\u001f').Append(label.Value).Append('\u001e');
        }

        return key.ToString();
    }

    public static string ValueText(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
