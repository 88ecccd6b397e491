namespace Stork.Shared.Annotations;

/// <summary>Parses booleans exactly like Go's <c>strconv.ParseBool</c>, which Stork uses for every
/// annotation, label and parameter: 1 t T TRUE true True / 0 f F FALSE false False.</summary>
public static class GoBool
{
    /// <summary>The value, or null when <paramref name="text"/> is not a Go boolean.</summary>
    public static bool? Parse(string? text) => text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };
}
