using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stork.Shared.Mutation;

/// <summary>Minimal RFC 6902 patches against the object exactly as the API server sent it (its raw UTF-8 JSON):
/// only the members on the path are looked at, so fields no model here knows can never turn into operations.</summary>
internal static class PatchBuilder
{
    private static readonly string[] SchedulerNamePath = ["spec", "schedulerName"];

    /// <summary>Sets <c>spec.schedulerName</c>: <c>add</c> when absent, <c>replace</c> when present, nothing when equal.</summary>
    public static IReadOnlyList<PatchOperation> SetSchedulerName(ReadOnlySpan<byte> pod, string schedulerName) =>
        SetString(pod, SchedulerNamePath, schedulerName);

    /// <summary>Sets the string member at <paramref name="path"/> (unescaped member names) of the JSON object
    /// <paramref name="root"/>. The first missing (or non-object) member on the way is added (or replaced)
    /// as a whole, carrying the rest of the path; an equal value yields no operation. A member named twice
    /// counts by its last occurrence, as for a JSON parser. One forward pass over <paramref name="root"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="root"/> is not a JSON object, or the path is empty.</exception>
    public static IReadOnlyList<PatchOperation> SetString(ReadOnlySpan<byte> root, IReadOnlyList<string> path, string value)
    {
        if (!RawJson.IsObject(root) || path.Count == 0)
        {
            throw new ArgumentException("A patch needs an object and a non-empty path.", nameof(root));
        }

        var reader = new Utf8JsonReader(root);
        reader.Read();
        var (depth, slot) = Locate(ref reader, path, 0, value);
        return slot switch
        {
            Slot.Missing => [PatchOperation.Add(Pointer(path, depth), Nest(path, depth + 1, value))],
            Slot.NotAnObject => [PatchOperation.Replace(Pointer(path, depth), Nest(path, depth + 1, value))],
            Slot.Different => [PatchOperation.Replace(Pointer(path, depth), JsonValue.Create(value))],
            _ => [],
        };
    }

    /// <summary>What stands at <paramref name="path"/> below the object <paramref name="reader"/> starts (at
    /// <paramref name="depth"/> of the path): the depth where the path stops and why. Reads the object to its end.</summary>
    private static (int Depth, Slot Slot) Locate(ref Utf8JsonReader reader, IReadOnlyList<string> path, int depth, string value)
    {
        var found = (depth, Slot.Missing);
        var leaf = depth == path.Count - 1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(path[depth]);
            reader.Read();
            if (match && !leaf && reader.TokenType == JsonTokenType.StartObject)
            {
                found = Locate(ref reader, path, depth + 1, value);
                continue;
            }

            if (match)
            {
                found = (depth, leaf ? (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(value) ? Slot.Equal : Slot.Different) : Slot.NotAnObject);
            }

            reader.Skip();
        }

        return found;
    }

    private static string Pointer(IReadOnlyList<string> path, int depth) => JsonPointer.Of(path, depth + 1);

    /// <summary><paramref name="value"/> wrapped in one object per segment from <paramref name="from"/> on.</summary>
    private static JsonNode Nest(IReadOnlyList<string> path, int from, string value)
    {
        JsonNode node = JsonValue.Create(value);
        for (var i = path.Count - 1; i >= from; i--)
        {
            node = new JsonObject { [path[i]] = node };
        }

        return node;
    }

    private enum Slot
    {
        Missing,
        NotAnObject,
        Different,
        Equal,
    }
}
