using System.Text.Json.Nodes;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>Collection paths of the fake API server and the raw objects the tests store in it.</summary>
internal static class KubeTestObjects
{
    public const string Nodes = "/api/v1/nodes";
    public const string Namespaces = "/api/v1/namespaces";
    public const string Pvcs = "/api/v1/persistentvolumeclaims";
    public const string Events = "/api/v1/events";

    public static JsonObject Node(string name) => new() { ["metadata"] = new JsonObject { ["name"] = name } };

    public static IEnumerable<JsonObject> SeveralNodes(int count) => Enumerable.Range(0, count).Select(i => Node($"node-{i}"));

    public static JsonObject Namespace(string name) => new() { ["metadata"] = new JsonObject { ["name"] = name } };

    public static JsonObject Pvc(string @namespace, string name, string? volumeName = null)
    {
        var spec = new JsonObject { ["storageClassName"] = "px-db" };
        if (volumeName is not null)
        {
            spec["volumeName"] = volumeName;
        }

        return new() { ["metadata"] = new JsonObject { ["namespace"] = @namespace, ["name"] = name }, ["spec"] = spec };
    }
}
