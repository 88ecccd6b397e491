using System.Text.Json.Nodes;

namespace Stork.Scoring.Tests.Integration;

/// <summary>ExtenderArgs bodies as kube-scheduler sends them (WIRE.md §1), and readers for the answers.</summary>
internal static class ExtenderRequests
{
    /// <summary>The nodeCacheCapable form: <c>{"Pod": ..., "NodeNames": [...]}</c>, with the given key spellings.</summary>
    public static string NodeNamesForm(JsonObject pod, IEnumerable<string> nodes, string podKey = "Pod", string namesKey = "NodeNames") =>
        new JsonObject
        {
            [podKey] = pod.DeepClone(),
            ["Nodes"] = null,
            [namesKey] = new JsonArray([.. nodes.Select(n => (JsonNode?)n)]),
        }.ToJsonString();

    /// <summary>The default form: <c>{"Pod": ..., "Nodes": {"metadata": {}, "items": [...]}, "NodeNames": null}</c>.</summary>
    public static string NodesForm(JsonObject pod, IEnumerable<JsonObject> nodes) =>
        new JsonObject
        {
            ["Pod"] = pod.DeepClone(),
            ["Nodes"] = new JsonObject
            {
                ["metadata"] = new JsonObject(),
                ["items"] = new JsonArray([.. nodes.Select(n => (JsonNode?)n.DeepClone())]),
            },
            ["NodeNames"] = null,
        }.ToJsonString();

    /// <summary>A pod of <see cref="PortworxCluster"/> mounting <paramref name="claims"/>.</summary>
    public static JsonObject Pod(string name, params string[] claims) =>
        FixtureObjects.Pod(name, PortworxCluster.Namespace, claims);

    public static JsonObject Pod(string name, IReadOnlyDictionary<string, string> annotations, params string[] claims) =>
        FixtureObjects.Pod(name, PortworxCluster.Namespace, claims, annotations);

    /// <summary>A HostPriorityList answer as Host → Score, checking each entry is exactly <c>{"Host","Score"}</c>.</summary>
    public static Dictionary<string, int> Scores(string answer)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in JsonNode.Parse(answer)!.AsArray())
        {
            var keys = entry!.AsObject().Select(p => p.Key).ToArray();
            Assert.That(keys, Is.EqualTo(new[] { "Host", "Score" }), answer);
            scores.Add((string)entry["Host"]!, (int)entry["Score"]!);
        }

        return scores;
    }

    /// <summary>An ExtenderFilterResult, checking it has exactly the Go field names.</summary>
    public static JsonObject FilterResult(string answer)
    {
        var result = JsonNode.Parse(answer)!.AsObject();
        Assert.That(
            result.Select(p => p.Key),
            Is.EquivalentTo(new[] { "Nodes", "NodeNames", "FailedNodes", "FailedAndUnresolvableNodes", "Error" }),
            answer);
        return result;
    }

    public static string[] PassedNames(JsonObject filterResult) =>
        [.. filterResult["NodeNames"]!.AsArray().Select(n => (string)n!)];

    public static Dictionary<string, string> FailedNodes(JsonObject filterResult) =>
        filterResult["FailedNodes"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);
}
