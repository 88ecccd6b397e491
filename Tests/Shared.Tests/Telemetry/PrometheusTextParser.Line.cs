namespace Stork.Shared.Tests.Telemetry;

internal static partial class PrometheusTextParser
{
    /// <summary>One line of the exposition, for error messages.</summary>
    internal readonly record struct Line(string Text, int Number)
    {
        public FormatException Error(string reason) => new($"Line {Number}: {reason}: {Text}");
    }
}
