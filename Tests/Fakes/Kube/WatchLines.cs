using System.Globalization;
using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>The lines of a watch stream, one JSON object each.</summary>
internal static class WatchLines
{
    /// <summary>What <see cref="FakeKubeApiServer.InjectMalformedWatchLine"/> writes.</summary>
    public const string Malformed = "{\"type\":\"ADDED\",\"object\":{this is not json";

    public static string Event(string type, JsonObject obj) =>
        new JsonObject { ["type"] = type, ["object"] = obj.DeepClone() }.ToJsonString();

    public static string Bookmark(KubeResourceType type, long version) => new JsonObject
    {
        ["type"] = "BOOKMARK",
        ["object"] = new JsonObject
        {
            ["kind"] = type.Kind,
            ["apiVersion"] = type.ApiVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = version.ToString(CultureInfo.InvariantCulture) },
        },
    }.ToJsonString();

    public static string Error(JsonObject status) => new JsonObject { ["type"] = "ERROR", ["object"] = status }.ToJsonString();

    public static string TooOld(long requested, long oldest) =>
        Error(KubeStatus.Expired($"too old resource version: {requested} ({oldest})"));
}
