using System.Globalization;
using Stork.Shared.Annotations;

namespace Stork.Shared.Hosting.Flags;

/// <summary>Checks one flag value and turns it into the text the options classes bind: booleans as
/// <c>true</c>/<c>false</c>, durations as <c>hh:mm:ss.fffffff</c>, choices as listed.</summary>
internal static class FlagValue
{
    /// <summary>The value to bind, or an error naming the flag and what it accepts.</summary>
    public static (string? Value, string? Error) Read(Flag flag, string text) => flag.Kind switch
    {
        FlagKind.Boolean => GoBool.Parse(text) is { } value
            ? (value ? "true" : "false", null)
            : (null, $"--{flag.Name}: '{text}' is not a boolean (true, false, 1, 0, t, f, T, F, TRUE, FALSE, True, False)"),
        FlagKind.Duration => ReadDuration(text) is { } duration
            ? (duration.ToString("c", CultureInfo.InvariantCulture), null)
            : (null, $"--{flag.Name}: '{text}' is not a duration (e.g. 2s, 500ms, 1m30s or 00:00:02)"),
        FlagKind.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (number.ToString(CultureInfo.InvariantCulture), null)
            : (null, $"--{flag.Name}: '{text}' is not a whole number"),
        FlagKind.Choice => flag.Choices.FirstOrDefault(choice => string.Equals(choice, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } choice
            ? (choice, null)
            : (null, $"--{flag.Name}: '{text}' is not one of {string.Join(", ", flag.Choices)}"),
        _ => (text, null),
    };

    /// <summary>Go's form, or <c>[d.]hh:mm:ss[.fffffff]</c> (a bare number is refused: Go would, and .NET
    /// would read it as days).</summary>
    private static TimeSpan? ReadDuration(string text) =>
        GoDuration.Parse(text) ?? (text.Contains(':', StringComparison.Ordinal)
            && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : null);
}
