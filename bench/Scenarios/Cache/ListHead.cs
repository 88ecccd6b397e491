using System.Text.Json;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>Reads a list answer's <c>metadata.continue</c> without parsing its items (the API server, and the
/// fake, write metadata before items).</summary>
internal static class ListHead
{
    public static string? Continue(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var property = reader.GetString();
                reader.Read();
                if (property == "metadata")
                {
                    return ContinueIn(ref reader);
                }

                reader.Skip();
            }
        }

        return null;
    }

    private static string? ContinueIn(ref Utf8JsonReader reader)
    {
        string? token = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            if (property == "continue")
            {
                token = reader.GetString();
            }

            reader.Skip();
        }

        return token;
    }
}
