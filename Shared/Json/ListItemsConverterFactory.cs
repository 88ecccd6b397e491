using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stork.Shared.Json;

/// <summary>Makes the <see cref="ListItemsConverter{T}"/> of a list's item type.</summary>
internal sealed class ListItemsConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ListItemsConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}
