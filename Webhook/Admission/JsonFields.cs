using System.Text.Json;

namespace Stork.Webhook.Admission;

/// <summary>Reads one member's value where the reader stands, or throws <see cref="UnreadableFieldException"/>
/// naming the member: the admission readers' only way to read a value.</summary>
internal static class JsonFields
{
    /// <summary>A string (or a member name), or null for JSON null.</summary>
    public static string? String(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => Text(ref reader, field),
        JsonTokenType.Null => null,
        _ => throw new UnreadableFieldException(field, $"is {Describe(reader.TokenType)}, not a string"),
    };

    /// <summary><see cref="String(ref Utf8JsonReader, string)"/>, answering with the instance of <paramref name="known"/>
    /// the value equals instead of a new string (the usual values of a request's members cost no allocation).</summary>
    public static string? String(ref Utf8JsonReader reader, string field, params ReadOnlySpan<string> known)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var candidate in known)
            {
                if (reader.ValueTextEquals(candidate))
                {
                    return candidate;
                }
            }
        }

        return String(ref reader, field);
    }

    /// <summary>A boolean, or null for JSON null.</summary>
    public static bool? Boolean(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw new UnreadableFieldException(field, $"is {Describe(reader.TokenType)}, not a boolean"),
    };

    /// <summary>True on an object's start, false on JSON null.</summary>
    public static bool StartObject(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.StartObject => true,
        JsonTokenType.Null => false,
        _ => throw new UnreadableFieldException(field, $"is {Describe(reader.TokenType)}, not an object"),
    };

    /// <summary>True on an array's start, false on JSON null.</summary>
    public static bool StartArray(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.StartArray => true,
        JsonTokenType.Null => false,
        _ => throw new UnreadableFieldException(field, $"is {Describe(reader.TokenType)}, not an array"),
    };

    /// <summary>Moves from a member name (or an object's start) to the next member name; false at the object's end.
    /// An escaped name is checked to unescape (a lone surrogate escape makes the name unreadable, and matching it
    /// against the names read would throw).</summary>
    public static bool NextMember(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        if (reader.ValueIsEscaped)
        {
            _ = Text(ref reader, "a member name");
        }

        return true;
    }

    private static string Text(ref Utf8JsonReader reader, string field)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new UnreadableFieldException(field, "is not valid UTF-8 or holds a lone surrogate escape");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}
