using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Stork.Shared.Tests.Telemetry;

/// <summary>
/// A strict parser for the Prometheus text exposition format 0.0.4, for tests that scrape the
/// services. Besides the grammar (metric and label names, escapes, values) it demands what our
/// exposition promises: '\n' line ends and no blank lines, a TYPE for every family before its samples,
/// contiguous families, no duplicate series, non-negative counters, histograms with increasing
/// <c>le</c>, cumulative buckets ending in <c>+Inf</c> equal to <c>_count</c>, and a <c>_sum</c>.
/// Invalid input throws <see cref="FormatException"/> naming the line. Depends on the BCL only, so
/// other test projects can link its files (<c>PrometheusTextParser*.cs</c>).
/// </summary>
internal static partial class PrometheusTextParser
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static IReadOnlyDictionary<string, Family> Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("The exposition must end with a line feed.");
        }

        var families = new Dictionary<string, Family>(StringComparer.Ordinal);
        Family? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = new Line(lines[i], i + 1);
            if (line.Text.Length == 0 || line.Text.Contains('\r', StringComparison.Ordinal))
            {
                throw line.Error("blank line or carriage return");
            }

            if (line.Text.StartsWith('#'))
            {
                current = ParseComment(line, families, current);
            }
            else
            {
                current = ParseSample(line, current);
            }
        }

        foreach (var family in families.Values)
        {
            family.Validate();
        }

        return families;
    }

    private static Family? ParseComment(Line line, Dictionary<string, Family> families, Family? current)
    {
        if (!line.Text.StartsWith("# HELP ", StringComparison.Ordinal) && !line.Text.StartsWith("# TYPE ", StringComparison.Ordinal))
        {
            return current;
        }

        var match = CommentPattern().Match(line.Text);
        if (!match.Success)
        {
            throw line.Error("malformed HELP or TYPE line");
        }

        var family = FamilyFor(match.Groups["name"].Value, line, families, current);
        var rest = match.Groups["rest"].Value;
        if (match.Groups["keyword"].Value == "HELP")
        {
            family.SetHelp(Unescape(rest, line, quotes: false), line);
        }
        else if (Types.Contains(rest))
        {
            family.SetType(rest, line);
        }
        else
        {
            throw line.Error($"unknown type '{rest}'");
        }

        return family;
    }

    private static Family FamilyFor(string name, Line line, Dictionary<string, Family> families, Family? current)
    {
        if (current?.Name == name)
        {
            return current;
        }

        if (families.ContainsKey(name))
        {
            throw line.Error($"family {name} is not contiguous");
        }

        var family = new Family(name);
        families.Add(name, family);
        return family;
    }

    private static Family ParseSample(Line line, Family? current)
    {
        var match = SamplePattern().Match(line.Text);
        if (!match.Success)
        {
            throw line.Error("malformed sample");
        }

        var name = match.Groups["name"].Value;
        if (current is null || !current.Owns(name))
        {
            throw line.Error($"sample {name} has no TYPE line before it");
        }

        var labels = ParseLabels(match.Groups["labels"].Value, line);
        current.Add(new Sample(name, labels, ParseValue(match.Groups["value"].Value, line)), line);
        return current;
    }

    private static Dictionary<string, string> ParseLabels(string text, Line line)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < text.Length)
        {
            var match = LabelPattern().Match(text, position);
            if (!match.Success || match.Index != position)
            {
                throw line.Error("malformed label set");
            }

            if (!labels.TryAdd(match.Groups["name"].Value, Unescape(match.Groups["value"].Value, line, quotes: true)))
            {
                throw line.Error($"duplicate label {match.Groups["name"].Value}");
            }

            position += match.Length;
            if ((position < text.Length && text[position++] != ',') || (position == text.Length && text.EndsWith(',')))
            {
                throw line.Error("labels must be separated by single commas, without a trailing one");
            }
        }

        return labels;
    }

    private static double ParseValue(string text, Line line) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when NumberPattern().IsMatch(text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw line.Error($"invalid value '{text}'"),
    };

    private static string Unescape(string text, Line line, bool quotes)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if ((text[i] == '"' && quotes) || text[i] == '\n')
            {
                throw line.Error("unescaped quote or line feed");
            }

            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            result.Append(++i < text.Length ? text[i] switch
            {
                '\\' => '\\',
                'n' => '\n',
                '"' when quotes => '"',
                _ => throw line.Error($"invalid escape \\{text[i]}"),
            } : throw line.Error("dangling backslash"));
        }

        return result.ToString();
    }

    [GeneratedRegex(@"^# (?<keyword>HELP|TYPE) (?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?: (?<rest>.*))?$")]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^\n]*)\})? (?<value>\S+)(?: -?[0-9]+)?$")]
    private static partial Regex SamplePattern();

    [GeneratedRegex(@"(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
