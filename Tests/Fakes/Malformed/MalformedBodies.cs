using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Malformed;

/// <summary>A deterministic corpus of malformed request bodies cut from one valid body: documents that are not
/// the expected object, truncations, every named field replaced by each wrong JSON type or removed, and bad
/// UTF-8 bytes or escapes spliced into chosen strings (a key, a name, a label).</summary>
public static class MalformedBodies
{
    private const int Truncations = 24;

    /// <summary>The values every field is replaced with in turn.</summary>
    private static readonly (string Name, Func<JsonNode?> Value)[] WrongValues =
    [
        ("null", () => null),
        ("zero", () => 0),
        ("negative", () => -1),
        ("fraction", () => 1.5),
        ("huge-number", () => JsonNode.Parse("1e400")),
        ("true", () => true),
        ("empty-string", () => ""),
        ("string", () => "x"),
        ("empty-array", () => new JsonArray()),
        ("array-of-null", () => new JsonArray((JsonNode?)null)),
        ("array-of-number", () => new JsonArray(1)),
        ("empty-object", () => new JsonObject()),
        ("object-with-null", () => new JsonObject { [""] = null }),
    ];

    /// <summary>Bytes spliced into a string's content: invalid UTF-8, escapes of lone surrogates, bad escapes, control bytes.</summary>
    private static readonly (string Name, byte[] Bytes)[] BadStringContent =
    [
        ("byte-ff", [0xFF]),
        ("truncated-two-byte", [0xC3]),
        ("overlong-slash", [0xC0, 0xAF]),
        ("utf8-encoded-surrogate", [0xED, 0xA0, 0x80]),
        ("beyond-u10ffff", [0xF4, 0x90, 0x80, 0x80]),
        ("lone-high-surrogate-escape", "\\ud800"u8.ToArray()),
        ("lone-low-surrogate-escape", "\\udc00"u8.ToArray()),
        ("high-surrogate-then-letter-escape", "\\ud800\\u0041"u8.ToArray()),
        ("nul-escape", "\\u0000"u8.ToArray()),
        ("invalid-escape", "\\x"u8.ToArray()),
        ("raw-control-byte", [0x01]),
    ];

    /// <param name="valid">A body the endpoint accepts.</param>
    /// <param name="fields">Paths into <paramref name="valid"/> (object keys and array indexes) to replace and remove.</param>
    /// <param name="strings">Literal strings of the valid body's text (with their quotes) to splice bad content into.</param>
    public static IReadOnlyList<MalformedBody> From(JsonObject valid, IEnumerable<string[]> fields, IEnumerable<string> strings)
    {
        var text = valid.ToJsonString();
        var bodies = new List<MalformedBody>(Documents(text));
        bodies.AddRange(Truncated(text));
        foreach (var path in fields)
        {
            bodies.AddRange(Replaced(valid, path));
        }

        foreach (var literal in strings)
        {
            bodies.AddRange(Spliced(text, literal));
        }

        return bodies;
    }

    private static IEnumerable<MalformedBody> Documents(string valid)
    {
        yield return Text("empty", "");
        yield return Text("whitespace", " \r\n\t ");
        yield return Text("null-document", "null");
        yield return Text("array-document", "[]");
        yield return Text("string-document", "\"x\"");
        yield return Text("number-document", "0");
        yield return Text("open-brace", "{");
        yield return Text("close-brace", "}");
        yield return Text("empty-object-document", "{}");
        yield return Text("missing-value", "{\"a\":}");
        yield return Text("trailing-comma", valid[..^1] + ",}");
        yield return Text("trailing-garbage", valid + "x");
        yield return Text("two-documents", valid + valid);
        yield return Text("single-quotes", valid.Replace('"', '\''));
        yield return Text("deep-arrays", new string('[', 100_000));
        yield return Text("deep-objects", string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000));
        yield return new("byte-order-mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(valid)]);
        yield return new("utf16", Encoding.Unicode.GetBytes(valid));
        yield return new("nul-bytes", new byte[64]);
        yield return Text("xml", "<Pod/>");
    }

    private static IEnumerable<MalformedBody> Truncated(string valid)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        for (var i = 1; i <= Truncations; i++)
        {
            var length = (int)((long)bytes.Length * i / (Truncations + 1));
            yield return new($"truncated-at-{length}", bytes[..length]);
        }
    }

    private static IEnumerable<MalformedBody> Replaced(JsonObject valid, string[] path)
    {
        var name = string.Join('.', path);
        foreach (var (kind, value) in WrongValues)
        {
            var copy = valid.DeepClone().AsObject();
            Set(copy, path, value());
            yield return Text($"{name}={kind}", copy.ToJsonString());
        }

        var removed = valid.DeepClone().AsObject();
        Remove(removed, path);
        yield return Text($"{name}-removed", removed.ToJsonString());
    }

    private static IEnumerable<MalformedBody> Spliced(string valid, string literal)
    {
        var at = valid.IndexOf(literal, StringComparison.Ordinal);
        if (at < 0 || literal.Length < 2)
        {
            throw new ArgumentException($"{literal} is not a quoted string of the valid body", nameof(literal));
        }

        var before = Encoding.UTF8.GetBytes(valid[..(at + 1)]);
        var after = Encoding.UTF8.GetBytes(valid[(at + 1)..]);
        foreach (var (kind, bytes) in BadStringContent)
        {
            yield return new($"{literal.Trim('"')}<-{kind}", [.. before, .. bytes, .. after]);
        }
    }

    private static void Set(JsonObject root, string[] path, JsonNode? value)
    {
        var parent = Parent(root, path);
        if (parent is JsonArray array)
        {
            array[Index(path[^1])] = value;
        }
        else
        {
            parent.AsObject()[path[^1]] = value;
        }
    }

    private static void Remove(JsonObject root, string[] path)
    {
        var parent = Parent(root, path);
        if (parent is JsonArray array)
        {
            array.RemoveAt(Index(path[^1]));
        }
        else
        {
            parent.AsObject().Remove(path[^1]);
        }
    }

    private static JsonNode Parent(JsonObject root, string[] path)
    {
        JsonNode node = root;
        foreach (var segment in path[..^1])
        {
            node = (node is JsonArray array ? array[Index(segment)] : node[segment])
                ?? throw new ArgumentException($"{string.Join('.', path)} is not a path of the valid body", nameof(path));
        }

        return node;
    }

    private static int Index(string segment) => int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);

    private static MalformedBody Text(string kind, string text) => new(kind, Encoding.UTF8.GetBytes(text));
}
