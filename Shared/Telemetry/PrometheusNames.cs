namespace Stork.Shared.Telemetry;

/// <summary>
/// Maps instrument names and tag keys to Prometheus names. Naming convention for Stork instruments:
/// name them the way they are exposed, in snake case with the unit as suffix, e.g.
/// <c>stork_cache_objects</c>, <c>stork_scoring_requests</c> (a counter; <c>_total</c> is appended),
/// <c>stork_scoring_duration_seconds</c> (a histogram, in seconds). Dots are accepted and become
/// underscores; any other character outside <c>[a-zA-Z0-9_:]</c> becomes an underscore as well.
/// Units are not appended: the name must already carry them.
/// </summary>
internal static class PrometheusNames
{
    private const string TotalSuffix = "_total";

    public static string MetricName(string instrumentName, MetricType type)
    {
        var name = Sanitize(instrumentName, allowColon: true);
        return type == MetricType.Counter && !name.EndsWith(TotalSuffix, StringComparison.Ordinal)
            ? name + TotalSuffix
            : name;
    }

    public static string LabelName(string tagKey) => Sanitize(tagKey, allowColon: false);

    private static string Sanitize(string name, bool allowColon)
    {
        if (name.Length == 0)
        {
            return "_";
        }

        return string.Create(name.Length + (char.IsAsciiDigit(name[0]) ? 1 : 0), (name, allowColon), static (span, state) =>
        {
            var offset = span.Length - state.name.Length;
            if (offset == 1)
            {
                span[0] = '_';
            }

            for (var i = 0; i < state.name.Length; i++)
            {
                var c = state.name[i];
                var valid = char.IsAsciiLetterOrDigit(c) || c == '_' || (state.allowColon && c == ':');
                span[i + offset] = valid ? c : '_';
            }
        });
    }
}
