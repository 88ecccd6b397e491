using System.Text.Json;

namespace Stork.Scoring.Extender;

/// <summary>Decodes the reader's current string token, turning text that is not Unicode (invalid UTF-8 bytes,
/// a lone surrogate escape) into a <see cref="MalformedArgsException"/> naming the field.</summary>
internal static class JsonText
{
    public static string Read(ref Utf8JsonReader reader, string field)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw NotText(field);
        }
    }

    /// <summary>Unescapes into <paramref name="into"/> (at least as long as the token's raw bytes); returns the char count.</summary>
    public static int Copy(ref Utf8JsonReader reader, scoped Span<char> into, string field)
    {
        try
        {
            return reader.CopyString(into);
        }
        catch (InvalidOperationException)
        {
            throw NotText(field);
        }
    }

    private static MalformedArgsException NotText(string field) =>
        new($"{field} is not valid text (invalid UTF-8 or a lone surrogate escape)");
}
