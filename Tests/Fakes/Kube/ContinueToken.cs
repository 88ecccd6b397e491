using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>The opaque <c>continue</c> token of a paged list: the list's resourceVersion and the last key served.</summary>
internal sealed record ContinueToken(long Version, string AfterKey)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(new JsonObject
    {
        ["rv"] = Version.ToString(CultureInfo.InvariantCulture),
        ["start"] = AfterKey,
    }.ToJsonString()));

    public static ContinueToken? Decode(string token)
    {
        try
        {
            var json = JsonNode.Parse(Convert.FromBase64String(token));
            return long.TryParse((string?)json?["rv"], CultureInfo.InvariantCulture, out var version)
                && (string?)json?["start"] is { } start
                ? new ContinueToken(version, start)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
