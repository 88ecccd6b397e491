using System.Globalization;

namespace Stork.Shared.Hosting.Flags;

/// <summary>One command-line flag. <paramref name="Name"/> is also its configuration key (the options
/// classes bind <c>[ConfigurationKeyName("admission-deadline")]</c>); <paramref name="Default"/> is only
/// what <c>--help</c> shows, the options classes hold the real defaults.</summary>
internal sealed record Flag(string Name, FlagKind Kind, string Description, string? Default = null)
{
    /// <summary>The accepted values of a <see cref="FlagKind.Choice"/> flag.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public static Flag Text(string name, string description, string? defaultValue = null) =>
        new(name, FlagKind.Text, description, defaultValue);

    public static Flag Path(string name, string description, string? defaultValue = null) =>
        new(name, FlagKind.Path, description, defaultValue);

    public static Flag Boolean(string name, string description, bool defaultValue) =>
        new(name, FlagKind.Boolean, description, defaultValue ? "true" : "false");

    public static Flag Duration(string name, string description, TimeSpan defaultValue) =>
        new(name, FlagKind.Duration, description, GoDuration.Format(defaultValue));

    public static Flag Integer(string name, string description, long defaultValue) =>
        new(name, FlagKind.Integer, description, defaultValue.ToString(CultureInfo.InvariantCulture));

    public static Flag Choice(string name, string description, string defaultValue, params string[] choices) =>
        new(name, FlagKind.Choice, description, defaultValue) { Choices = choices };

    public static Flag List(string name, string description) =>
        new(name, FlagKind.List, description);
}
