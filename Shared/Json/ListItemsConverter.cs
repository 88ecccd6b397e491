using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Json;

/// <summary>Reads the <c>items</c> of a list one by one: an item that does not decode, or decodes into an
/// invalid model (<see cref="KubeObjectCheck"/>), is skipped and kept in <see cref="ListItems{T}.Rejected"/>
/// rather than failing the whole page.</summary>
internal sealed class ListItemsConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : class, IKubeObject
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return new ListItems<T>([], []);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("items must be an array");
        }

        var type = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        var rejected = new List<RejectedObject>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader;
            string? problem;
            T? item = null;
            try
            {
                item = JsonSerializer.Deserialize(ref reader, type);
                problem = KubeObjectCheck.Problem(item, type);
            }
            catch (JsonException e)
            {
                reader = start;
                reader.Skip();
                problem = e.Message;
            }

            if (problem is null)
            {
                items.Add(item!);
            }
            else
            {
                using var raw = JsonDocument.ParseValue(ref start);
                rejected.Add(new(KubeObjectCheck.KeyOf(raw.RootElement), problem));
            }
        }

        return new ListItems<T>(items, rejected);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var type = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, type);
        }

        writer.WriteEndArray();
    }
}
