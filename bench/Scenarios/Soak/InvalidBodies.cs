using System.Text;
using System.Text.Json.Nodes;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>The built-in list of bad bodies, each derived from a valid body of the endpoint: broken JSON, wrong
/// shapes, missing or null pod fields, bytes that are not UTF-8, a lone surrogate, deep nesting, wrong content.</summary>
internal static class InvalidBodies
{
    private const string Mark = "SOAK_MARK";
    private const int Depth = 100_000;

    /// <param name="valid">A valid body of <paramref name="endpoint"/> (an AdmissionReview for /mutate, extender
    /// arguments otherwise).</param>
    /// <param name="other">A valid body of the other service: the wrong document here.</param>
    public static IEnumerable<SoakRequest> For(string endpoint, JsonObject valid, JsonObject other)
    {
        var admission = endpoint == "/mutate";
        var bytes = ValidBodies.Encode(valid);
        SoakRequest Bad(string kind, byte[] body, string type = "application/json") => new(endpoint, kind, body, type);
        byte[] Text(string text) => Encoding.UTF8.GetBytes(text);
        byte[] Changed(Action<JsonObject> change)
        {
            var copy = valid.DeepClone().AsObject();
            change(admission ? copy["request"]!["object"]!.AsObject() : copy["Pod"]!.AsObject());
            return ValidBodies.Encode(copy);
        }

        yield return Bad("empty body", []);
        yield return Bad("not JSON", Text("this is not json"));
        yield return Bad("truncated JSON", bytes[..(bytes.Length / 2)]);
        yield return Bad("trailing garbage", [.. bytes, .. Text("}}")]);
        yield return Bad("top-level array", Text("[]"));
        yield return Bad("top-level null", Text("null"));
        yield return Bad("wrong types", Text(admission ? """{"apiVersion":5,"request":[]}""" : """{"Pod":"pod","NodeNames":{"a":1}}"""));
        yield return Bad("pod null", Text(admission ? """{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","operation":"CREATE","object":null}}""" : """{"Pod":null,"NodeNames":["n"]}"""));
        yield return Bad("pod without metadata", Changed(pod => pod.Remove("metadata")));
        yield return Bad("metadata: null", Changed(pod => pod["metadata"] = null));
        yield return Bad("null volume item", Changed(pod => pod["spec"]!["volumes"]!.AsArray().Add(null)));
        yield return Bad("invalid UTF-8", Marked(valid, admission, [0x66, 0xC3, 0x28, 0xFF]));
        yield return Bad("lone surrogate \\ud800", Marked(valid, admission, Text("x\\ud800")));
        yield return Bad("huge nesting", Text("{\"x\":" + new string('[', Depth) + new string(']', Depth) + "}"));
        yield return Bad("wrong content type", bytes, "text/plain");
        yield return Bad("wrong document", ValidBodies.Encode(other));
    }

    /// <summary>The valid body with the pod's name (admission) or the first node name (extender) replaced by a mark.</summary>
    private static string MarkName(JsonObject valid, bool admission)
    {
        var copy = valid.DeepClone().AsObject();
        if (admission)
            copy["request"]!["object"]!["metadata"]!["name"] = Mark;
        else
            copy["NodeNames"]![0] = Mark;
        return copy.ToJsonString();
    }

    /// <summary>The valid body with that name's text replaced by <paramref name="replacement"/>, byte for byte.</summary>
    private static byte[] Marked(JsonObject valid, bool admission, byte[] replacement)
    {
        var text = MarkName(valid, admission);
        var at = text.IndexOf(Mark, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. replacement, .. Encoding.UTF8.GetBytes(text[(at + Mark.Length)..])];
    }
}
