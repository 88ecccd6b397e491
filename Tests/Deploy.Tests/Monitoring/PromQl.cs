using System.Text.RegularExpressions;

namespace Stork.Deploy.Tests.Monitoring;

/// <summary>The metric names a PromQL expression reads: identifiers that are not functions, keywords,
/// label names (inside <c>{}</c> or a <c>by (...)</c> list), strings or durations.</summary>
internal static partial class PromQl
{
    private static readonly HashSet<string> Keywords =
        ["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset",
         "sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk", "bottomk", "quantile", "count_values", "group"];

    public static IReadOnlyList<string> MetricNames(string expression)
    {
        var bare = Strings().Replace(expression, "\"\"");
        bare = Matchers().Replace(bare, " ");
        bare = Ranges().Replace(bare, " ");
        bare = Groupings().Replace(bare, " ");
        return [.. Identifiers().Matches(bare)
            .Where(m => !Keywords.Contains(m.Groups["name"].Value) && m.Groups["call"].Length == 0)
            .Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The values of a label matched with <c>=</c>, e.g. every <c>job="..."</c>.</summary>
    public static IReadOnlyList<string> LabelValues(string expression, string label) =>
        [.. Regex.Matches(expression, label + @"\s*=\s*""(?<value>[^""]*)""").Select(m => m.Groups["value"].Value)];

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Groupings();

    [GeneratedRegex(@"(?<![\w.])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifiers();
}
