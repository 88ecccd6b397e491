using System.Text.Json;
using System.Text.Json.Nodes;
using Stork.Shared.Kube.Client;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>Pods for decision tests, built as JSON (as the API server sends them) and decoded like the edge does.</summary>
internal static class TestPods
{
    public const string NoValue = "<absent>";

    /// <summary>A pod in <c>default</c>; <paramref name="schedulerName"/> <see cref="NoValue"/> leaves the field out.</summary>
    public static JsonObject Pod(string volumesJson, string schedulerName = NoValue, IReadOnlyDictionary<string, string>? annotations = null)
    {
        var pod = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JsonObject { ["name"] = "web-0", ["namespace"] = "default" },
            ["spec"] = new JsonObject
            {
                ["containers"] = new JsonArray(new JsonObject { ["name"] = "app", ["image"] = "nginx:alpine" }),
                ["volumes"] = JsonNode.Parse(volumesJson),
            },
        };
        if (schedulerName != NoValue)
        {
            pod["spec"]!["schedulerName"] = schedulerName;
        }

        if (annotations is not null)
        {
            pod["metadata"]!["annotations"] = new JsonObject(annotations.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value)));
        }

        return pod;
    }

    public static AdmissionFacts Create(JsonObject pod, string operation = "CREATE") => Facts(pod, operation, "", "Pod", "");

    public static AdmissionFacts Facts(JsonNode? @object, string operation, string group, string kind, string subResource)
    {
        var raw = @object is null ? default : JsonSerializer.SerializeToElement(@object, JsonNodeContext.Default.JsonNode);
        var pod = kind == "Pod" && raw.ValueKind == JsonValueKind.Object ? raw.Deserialize(KubeResources.Pods.ItemType) : null;
        return new AdmissionFacts(operation, group, kind, subResource, "default", pod, raw);
    }

    public static string Volume(string name, string sourceJson) => $$"""{"name":"{{name}}",{{sourceJson}}}""";

    public static string ClaimVolumes(string claimName) => $"[{Volume("data", $$"""  "persistentVolumeClaim":{"claimName":"{{claimName}}"}""")}]";
}
