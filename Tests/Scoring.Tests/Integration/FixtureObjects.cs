using System.Text.Json.Nodes;

namespace Stork.Scoring.Tests.Integration;

/// <summary>Realistic Node and Pod objects made from the real objects in <c>testdata/fixtures</c>
/// (a ~6 KB minikube node, a pod with init and sidecar containers), renamed and relabelled.</summary>
internal static class FixtureObjects
{
    private static readonly JsonObject NodeTemplate = Load("node-minikube.json");
    private static readonly JsonObject PodTemplate = Load("pod-with-sidecar.json");

    /// <summary>A Ready node with <paramref name="labels"/> added to its own, and InternalIP and Hostname
    /// addresses. Without kind and apiVersion, as a NodeList item.</summary>
    public static JsonObject Node(string name, string internalIp, IReadOnlyDictionary<string, string> labels)
    {
        var node = NodeTemplate.DeepClone().AsObject();
        node.Remove("kind");
        node.Remove("apiVersion");
        var metadata = node["metadata"]!.AsObject();
        metadata["name"] = name;
        metadata["uid"] = Guid.NewGuid().ToString();
        metadata.Remove("resourceVersion");
        metadata.Remove("selfLink");
        var nodeLabels = metadata["labels"]!.AsObject();
        nodeLabels["kubernetes.io/hostname"] = name;
        nodeLabels.Remove("node-role.kubernetes.io/master");
        foreach (var (key, value) in labels)
        {
            nodeLabels[key] = value;
        }

        node["status"]!["addresses"] = new JsonArray(
            new JsonObject { ["address"] = internalIp, ["type"] = "InternalIP" },
            new JsonObject { ["address"] = name, ["type"] = "Hostname" });
        return node;
    }

    /// <summary>An unscheduled pod in <paramref name="namespace"/> mounting the <paramref name="claims"/>
    /// next to its projected service-account volume.</summary>
    public static JsonObject Pod(string name, string @namespace, IEnumerable<string> claims, IReadOnlyDictionary<string, string>? annotations = null)
    {
        var pod = PodTemplate.DeepClone().AsObject();
        var metadata = pod["metadata"]!.AsObject();
        metadata["name"] = name;
        metadata["namespace"] = @namespace;
        metadata["uid"] = Guid.NewGuid().ToString();
        if (annotations is not null)
        {
            metadata["annotations"] = new JsonObject(annotations.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value)));
        }

        var spec = pod["spec"]!.AsObject();
        spec.Remove("nodeName");
        pod.Remove("status");
        var volumes = spec["volumes"]!.AsArray();
        foreach (var claim in claims)
        {
            volumes.Add(new JsonObject { ["name"] = claim, ["persistentVolumeClaim"] = new JsonObject { ["claimName"] = claim } });
        }

        return pod;
    }

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "fixtures", file)))!.AsObject();
}
