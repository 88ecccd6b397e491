using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Stork.Shared.Mutation;

/// <summary>One RFC 6902 operation; <see cref="Path"/> is an escaped JSON pointer.</summary>
internal sealed record PatchOperation(
    [property: JsonPropertyName("op")] string Op,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("value")] JsonNode? Value)
{
    public static PatchOperation Add(string path, JsonNode? value) => new("add", path, value);

    public static PatchOperation Replace(string path, JsonNode? value) => new("replace", path, value);
}
