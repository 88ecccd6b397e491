using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stork.Shared.Mutation;

/// <summary>Minimal RFC 6902 patches against the object exactly as the API server sent it: only the
/// members on the path are looked at, so fields no model here knows can never turn into operations.</summary>
internal static class PatchBuilder
{
    private static readonly string[] SchedulerNamePath = ["spec", "schedulerName"];

    /// <summary>Sets <c>spec.schedulerName</c>: <c>add</c> when absent, <c>replace</c> when present, nothing when equal.</summary>
    public static IReadOnlyList<PatchOperation> SetSchedulerName(JsonElement pod, string schedulerName) =>
        SetString(pod, SchedulerNamePath, schedulerName);

    /// <summary>Sets the string member at <paramref name="path"/> (unescaped member names) of the object
    /// <paramref name="root"/>. The first missing (or non-object) member on the way is added (or replaced)
    /// as a whole, carrying the rest of the path; an equal value yields no operation.</summary>
    public static IReadOnlyList<PatchOperation> SetString(JsonElement root, IReadOnlyList<string> path, string value)
    {
        if (root.ValueKind != JsonValueKind.Object || path.Count == 0)
        {
            throw new ArgumentException("A patch needs an object and a non-empty path.", nameof(root));
        }

        var current = root;
        for (var depth = 0; depth < path.Count; depth++)
        {
            var pointer = JsonPointer.Of(path.Take(depth + 1));
            if (!current.TryGetProperty(path[depth], out var child))
            {
                return [PatchOperation.Add(pointer, Nest(path, depth + 1, value))];
            }

            if (depth == path.Count - 1)
            {
                return child.ValueKind == JsonValueKind.String && child.ValueEquals(value)
                    ? []
                    : [PatchOperation.Replace(pointer, JsonValue.Create(value))];
            }

            if (child.ValueKind != JsonValueKind.Object)
            {
                return [PatchOperation.Replace(pointer, Nest(path, depth + 1, value))];
            }

            current = child;
        }

        throw new InvalidOperationException("unreachable: the loop returns at the last segment");
    }

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
}
