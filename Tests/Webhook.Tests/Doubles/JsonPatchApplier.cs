using System.Text.Json.Nodes;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>A small, strict RFC 6902 applier (add, replace) for checking patches against documents:
/// <c>add</c> needs an existing parent, <c>replace</c> an existing target.</summary>
internal static class JsonPatchApplier
{
    public static JsonNode Apply(JsonNode document, JsonArray patch)
    {
        var result = document.DeepClone();
        foreach (var operation in patch)
        {
            var op = (string)operation!["op"]!;
            var segments = ((string)operation["path"]!).Split('/').Skip(1).Select(Unescape).ToList();
            var value = operation["value"]?.DeepClone();
            result = segments.Count == 0 ? value! : Set(result, segments, op, value);
        }

        return result;
    }

    private static JsonNode Set(JsonNode document, List<string> segments, string op, JsonNode? value)
    {
        var parent = document;
        foreach (var segment in segments.SkipLast(1))
        {
            parent = parent switch
            {
                JsonObject o when o.TryGetPropertyValue(segment, out var child) && child is not null => child,
                JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i]!,
                _ => throw new InvalidOperationException($"path segment '{segment}' does not exist"),
            };
        }

        var member = segments[^1];
        var target = parent as JsonObject ?? throw new InvalidOperationException("only object members are patched");
        switch (op)
        {
            case "add":
                target[member] = value;
                break;
            case "replace" when target.ContainsKey(member):
                target[member] = value;
                break;
            default:
                throw new InvalidOperationException($"cannot {op} '{member}'");
        }

        return document;
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
