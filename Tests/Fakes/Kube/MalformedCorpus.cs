using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>Malformed input for the Kubernetes caches, for any suite to reuse: per cached resource, a valid
/// object, the kinds of objects that must not become a cached model, and the kinds of watch lines that must
/// be skipped (line-level damage, plus every malformed object in an ADDED, MODIFIED or DELETED event).</summary>
internal static class MalformedCorpus
{
    /// <summary>The resources the services cache, by plural.</summary>
    public static readonly IReadOnlyList<string> Resources =
        ["nodes", "namespaces", "persistentvolumeclaims", "persistentvolumes", "storageclasses", "csinodes", "pods"];

    /// <summary>A valid object of <paramref name="plural"/> with every field the models read filled in.</summary>
    public static JsonObject Valid(string plural, string name) => plural switch
    {
        "nodes" => Parse(name, "", """
            "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.1"}],"conditions":[{"type":"Ready","status":"True"}]}
            """),
        "namespaces" => Parse(name, "", """
            "spec":{"finalizers":["kubernetes"]}
            """),
        "persistentvolumeclaims" => Parse(name, "default", """
            "spec":{"storageClassName":"px","volumeName":"pv-1"},"status":{"phase":"Bound"}
            """),
        "persistentvolumes" => Parse(name, "", """
            "spec":{"storageClassName":"px","claimRef":{"namespace":"default","name":"c"},
            "csi":{"driver":"pxd.portworx.com","volumeHandle":"123"},
            "nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"k","operator":"In","values":["v"]}]}]}}}
            """),
        "storageclasses" => Parse(name, "", """
            "provisioner":"pxd.portworx.com","parameters":{"repl":"2"},"volumeBindingMode":"WaitForFirstConsumer"
            """),
        "csinodes" => Parse(name, "", """
            "spec":{"drivers":[{"name":"pxd.portworx.com","nodeID":"n","topologyKeys":["topology.portworx.io/rack"]}]}
            """),
        "pods" => Parse(name, "default", """
            "spec":{"schedulerName":"stork","volumes":[{"name":"data","persistentVolumeClaim":{"claimName":"c"}}]}
            """),
        _ => throw new ArgumentOutOfRangeException(nameof(plural), plural, "not a cached resource"),
    };

    /// <summary>Objects (named <paramref name="name"/> where a name is left) that must be rejected.</summary>
    public static IReadOnlyList<(string Kind, JsonNode? Object)> Objects(string plural, string name = "bad")
    {
        var kinds = new List<(string, JsonNode?)>
        {
            ("object-null", null),
            ("object-string", JsonValue.Create("x")),
            ("object-array", new JsonArray()),
            ("object-empty", new JsonObject()),
            ("metadata-null", Edit(plural, name, o => o["metadata"] = null)),
            ("metadata-missing", Edit(plural, name, o => o.Remove("metadata"))),
            ("metadata-string", Edit(plural, name, o => o["metadata"] = "x")),
            ("metadata-array", Edit(plural, name, o => o["metadata"] = new JsonArray())),
            ("name-missing", Edit(plural, name, o => Meta(o).Remove("name"))),
            ("name-null", Edit(plural, name, o => Meta(o)["name"] = null)),
            ("name-empty", Edit(plural, name, o => Meta(o)["name"] = "")),
            ("name-number", Edit(plural, name, o => Meta(o)["name"] = 5)),
            ("resourceversion-number", Edit(plural, name, o => Meta(o)["resourceVersion"] = 5)),
            ("labels-null-value", Edit(plural, name, o => Meta(o)["labels"] = new JsonObject { ["a"] = null })),
            ("labels-array", Edit(plural, name, o => Meta(o)["labels"] = new JsonArray())),
            ("annotations-number-value", Edit(plural, name, o => Meta(o)["annotations"] = new JsonObject { ["a"] = 1 })),
            ("deletiontimestamp-garbage", Edit(plural, name, o => Meta(o)["deletionTimestamp"] = "yesterday")),
        };
        kinds.AddRange(Specific(plural).Select(k => (k.Kind, (JsonNode?)Edit(plural, name, k.Edit))));
        return kinds;
    }

    /// <summary>Watch lines that must be skipped: line-level damage, then each malformed object as an event.</summary>
    public static IReadOnlyList<(string Kind, string Line)> WatchLines(string plural)
    {
        var valid = Valid(plural, "fine").ToJsonString();
        var lines = new List<(string, string)>
        {
            ("not-json", """{"type":"ADDED","object":{this is not json"""),
            ("truncated", Event("ADDED", valid)[..(valid.Length / 2)]),
            ("json-null", "null"),
            ("json-array", "[]"),
            ("json-string", "\"ADDED\""),
            ("empty-object", "{}"),
            ("type-missing", $$"""{"object":{{valid}}}"""),
            ("type-unknown", Event("UPSERTED", valid)),
            ("type-number", $$"""{"type":1,"object":{{valid}}}"""),
            ("object-missing", """{"type":"ADDED"}"""),
            ("bookmark-empty", """{"type":"BOOKMARK","object":{}}"""),
            ("bookmark-metadata-null", """{"type":"BOOKMARK","object":{"metadata":null}}"""),
            ("bookmark-metadata-string", """{"type":"BOOKMARK","object":{"metadata":"x"}}"""),
            ("error-code-string", """{"type":"ERROR","object":{"code":"x"}}"""),
            ("too-deep", Event("ADDED", Edit(plural, "fine", o => o["x"] = Nested(100)).ToJsonString())),
            ("lone-surrogate-name", Event("ADDED", valid.Replace("\"fine\"", "\"\\ud800\"", StringComparison.Ordinal))),
        };
        foreach (var (kind, obj) in Objects(plural))
        {
            var json = obj?.ToJsonString() ?? "null";
            lines.Add(("added-" + kind, Event("ADDED", json)));
            lines.Add(("modified-" + kind, Event("MODIFIED", json)));
            lines.Add(("deleted-" + kind, Event("DELETED", json)));
        }

        return lines;
    }

    private static IEnumerable<(string Kind, Action<JsonObject> Edit)> Specific(string plural) => plural switch
    {
        "nodes" =>
        [
            ("status-string", o => o["status"] = "x"),
            ("addresses-null-entry", o => o["status"]!["addresses"] = new JsonArray((JsonNode?)null)),
            ("address-type-null", o => o["status"]!["addresses"]![0]!["type"] = null),
            ("conditions-null-entry", o => o["status"]!["conditions"] = new JsonArray((JsonNode?)null)),
            ("condition-status-null", o => o["status"]!["conditions"]![0]!["status"] = null),
        ],
        "persistentvolumeclaims" =>
        [
            ("spec-missing", o => o.Remove("spec")),
            ("spec-null", o => o["spec"] = null),
            ("spec-string", o => o["spec"] = "x"),
            ("volumename-number", o => o["spec"]!["volumeName"] = 1),
        ],
        "persistentvolumes" =>
        [
            ("spec-missing", o => o.Remove("spec")),
            ("spec-null", o => o["spec"] = null),
            ("csi-driver-null", o => o["spec"]!["csi"]!["driver"] = null),
            ("terms-null-entry", o => o["spec"]!["nodeAffinity"]!["required"]!["nodeSelectorTerms"] = new JsonArray((JsonNode?)null)),
            ("terms-null", o => o["spec"]!["nodeAffinity"]!["required"]!["nodeSelectorTerms"] = null),
            ("values-null-entry", o => o["spec"]!["nodeAffinity"]!["required"]!["nodeSelectorTerms"]![0]!["matchExpressions"]![0]!["values"] = new JsonArray((JsonNode?)null)),
        ],
        "storageclasses" =>
        [
            ("provisioner-null", o => o["provisioner"] = null),
            ("provisioner-number", o => o["provisioner"] = 1),
            ("parameters-null-value", o => o["parameters"] = new JsonObject { ["repl"] = null }),
        ],
        "csinodes" =>
        [
            ("spec-missing", o => o.Remove("spec")),
            ("spec-null", o => o["spec"] = null),
            ("drivers-null-entry", o => o["spec"]!["drivers"] = new JsonArray((JsonNode?)null)),
            ("driver-name-null", o => o["spec"]!["drivers"]![0]!["name"] = null),
            ("topologykeys-null-entry", o => o["spec"]!["drivers"]![0]!["topologyKeys"] = new JsonArray((JsonNode?)null)),
        ],
        "pods" =>
        [
            ("spec-null", o => o["spec"] = null),
            ("volumes-null-entry", o => o["spec"]!["volumes"] = new JsonArray((JsonNode?)null)),
            ("volume-name-null", o => o["spec"]!["volumes"]![0]!["name"] = null),
            ("claimname-null", o => o["spec"]!["volumes"]![0]!["persistentVolumeClaim"]!["claimName"] = null),
        ],
        _ => [],
    };

    private static string Event(string type, string objectJson) => $$"""{"type":"{{type}}","object":{{objectJson}}}""";

    private static JsonObject Parse(string name, string @namespace, string rest)
    {
        var metadata = new JsonObject { ["name"] = name, ["resourceVersion"] = "1", ["labels"] = new JsonObject { ["a"] = "b" }, ["annotations"] = new JsonObject { ["c"] = "d" } };
        if (@namespace.Length > 0)
        {
            metadata["namespace"] = @namespace;
        }

        var obj = JsonNode.Parse("{" + rest + "}")!.AsObject();
        obj.Insert(0, "metadata", metadata);
        return obj;
    }

    private static JsonObject Edit(string plural, string name, Action<JsonObject> edit)
    {
        var obj = Valid(plural, name);
        edit(obj);
        return obj;
    }

    private static JsonObject Meta(JsonObject obj) => obj["metadata"]!.AsObject();

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }
}
