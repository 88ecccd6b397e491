using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stork.Shared.Json;

/// <summary>Reads labels and annotations for the caches: drops <c>kubectl.kubernetes.io/last-applied-configuration</c>
/// (a full copy of the object that nothing here reads) and shares repeated keys and short values
/// (label keys, provisioner names, "true") through <see cref="SharedStrings"/>, which are most of what 100,000
/// cached objects hold.</summary>
internal sealed class MetadataMapConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public const string LastAppliedConfiguration = "kubectl.kubernetes.io/last-applied-configuration";

    public override IReadOnlyDictionary<string, string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("labels and annotations must be an object of strings");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = SharedStrings.Share(reader.GetString()!);
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"the value of '{key}' must be a string");
            }

            if (key != LastAppliedConfiguration)
            {
                map[key] = SharedStrings.Share(reader.GetString()!);
            }
        }

        return map;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, text) in value)
        {
            writer.WriteString(key, text);
        }

        writer.WriteEndObject();
    }
}
