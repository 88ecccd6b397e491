namespace Stork.Shared.Tests.Telemetry;

internal static partial class PrometheusTextParser
{
    /// <summary>One sample: its name (with any <c>_bucket</c>/<c>_sum</c>/<c>_count</c> suffix),
    /// unescaped labels and value.</summary>
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
    {
        /// <summary>The series identity: the name and the labels in name order.</summary>
        public string Key() => Name + LabelKey();

        /// <summary>The labels in name order, leaving out <paramref name="without"/>.</summary>
        public string LabelKey(string? without = null) =>
            "{" + string.Join(",", Labels
                .Where(label => label.Key != without)
                .OrderBy(label => label.Key, StringComparer.Ordinal)
                .Select(label => $"{label.Key}=\"{label.Value}\"")) + "}";
    }
}
