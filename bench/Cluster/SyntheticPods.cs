using System.Text.Json.Nodes;

namespace Stork.Bench.Cluster;

/// <summary>The StatefulSet pods of the stork scheduler that mount the claims of <see cref="SyntheticVolumes"/>, cut
/// from a real Pod (an app container, an init container and a sidecar, a projected token volume, status): per
/// claim one pod bound to a node, with the StatefulSet's labels and owner reference and a <c>data</c> PVC volume.</summary>
internal sealed class SyntheticPods(Random random, IReadOnlyList<string> nodeNames, string schedulerName)
{
    public const string Path = "/api/v1/pods";

    private readonly JsonObject template = Templates.Pod();

    public JsonObject Create(int index)
    {
        var (@namespace, app, set, name) = SyntheticVolumes.Slot(index);
        var pod = template.DeepClone().AsObject();
        var created = RandomText.Timestamp(random);
        pod["metadata"] = new JsonObject
        {
            ["name"] = name,
            ["generateName"] = set + "-",
            ["namespace"] = @namespace,
            ["uid"] = RandomText.Uid(random),
            ["creationTimestamp"] = created,
            ["labels"] = new JsonObject
            {
                ["app.kubernetes.io/name"] = app,
                ["app.kubernetes.io/instance"] = set,
                ["apps.kubernetes.io/pod-index"] = name[(name.LastIndexOf('-') + 1)..],
                ["controller-revision-hash"] = set + "-" + RandomText.Hex(random, 10),
                ["statefulset.kubernetes.io/pod-name"] = name,
            },
            ["ownerReferences"] = new JsonArray(new JsonObject
            {
                ["apiVersion"] = "apps/v1",
                ["kind"] = "StatefulSet",
                ["name"] = set,
                ["uid"] = RandomText.Uid(random),
                ["controller"] = true,
                ["blockOwnerDeletion"] = true,
            }),
        };
        var spec = pod["spec"]!.AsObject();
        spec["schedulerName"] = schedulerName;
        spec["nodeName"] = nodeNames[random.Next(nodeNames.Count)];
        spec["hostname"] = name;
        spec["containers"]![0]!["name"] = app;
        spec["containers"]![0]!["image"] = app + ":latest";
        spec["containers"]![0]!["volumeMounts"]!.AsArray().Add(new JsonObject { ["mountPath"] = "/data", ["name"] = "data" });
        spec["volumes"]!.AsArray().Insert(0, new JsonObject
        {
            ["name"] = "data",
            ["persistentVolumeClaim"] = new JsonObject { ["claimName"] = SyntheticVolumes.ClaimOf(name) },
        });
        return pod;
    }
}
