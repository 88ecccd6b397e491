using System.Globalization;
using System.Text;

namespace Stork.Shared.Telemetry;

/// <summary>
/// Writes metric family snapshots in the Prometheus text exposition format, version 0.0.4. Pure: the
/// output depends on the snapshots alone and keeps their order.
/// </summary>
internal static class PrometheusTextWriter
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(IEnumerable<MetricFamilySnapshot> families)
    {
        var text = new StringBuilder();
        foreach (var family in families)
        {
            WriteFamily(text, family);
        }

        return text.ToString();
    }

    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static void WriteFamily(StringBuilder text, MetricFamilySnapshot family)
    {
        if (family.Help.Length > 0)
        {
            text.Append("# HELP ").Append(family.Name).Append(' ');
            AppendEscaped(text, family.Help, escapeQuotes: false);
            text.Append('\n');
        }

        text.Append("# TYPE ").Append(family.Name).Append(' ').Append(TypeName(family.Type)).Append('\n');
        foreach (var series in family.Series)
        {
            if (series.Histogram is { } histogram)
            {
                WriteHistogram(text, family.Name, series.Labels, histogram);
            }
            else
            {
                WriteSample(text, family.Name, series.Labels, null, FormatValue(series.Value));
            }
        }
    }

    private static void WriteHistogram(StringBuilder text, string name, IReadOnlyList<MetricLabel> labels, HistogramSnapshot histogram)
    {
        var bucketName = name + "_bucket";
        long cumulative = 0;
        for (var i = 0; i < histogram.BucketCounts.Count; i++)
        {
            cumulative += histogram.BucketCounts[i];
            var le = i < histogram.UpperBounds.Count ? FormatValue(histogram.UpperBounds[i]) : "+Inf";
            WriteSample(text, bucketName, labels, le, cumulative.ToString(CultureInfo.InvariantCulture));
        }

        WriteSample(text, name + "_sum", labels, null, FormatValue(histogram.Sum));
        WriteSample(text, name + "_count", labels, null, cumulative.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteSample(StringBuilder text, string name, IReadOnlyList<MetricLabel> labels, string? le, string value)
    {
        text.Append(name);
        if (labels.Count > 0 || le is not null)
        {
            var separator = '{';
            foreach (var label in labels)
            {
                text.Append(separator).Append(label.Name).Append("=\"");
                AppendEscaped(text, label.Value, escapeQuotes: true);
                text.Append('"');
                separator = ',';
            }

            if (le is not null)
            {
                text.Append(separator).Append("le=\"").Append(le).Append('"');
            }

            text.Append('}');
        }

        text.Append(' ').Append(value).Append('\n');
    }

    private static void AppendEscaped(StringBuilder text, string value, bool escapeQuotes)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\n' => text.Append(@"\n"),
                '"' when escapeQuotes => text.Append("\\\""),
                _ => text.Append(c),
            };
        }
    }

    private static string TypeName(MetricType type) => type switch
    {
        MetricType.Counter => "counter",
        MetricType.Gauge => "gauge",
        MetricType.Histogram => "histogram",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
