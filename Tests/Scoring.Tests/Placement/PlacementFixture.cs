using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;

namespace Stork.Scoring.Tests.Placement;

/// <summary>A small cluster for rule-edge tests: Kubernetes nodes n1..n4 (n4 runs no storage driver),
/// storage nodes s1..s3 on n1..n3 (rack r1, r1, r2 in zone z), statuses settable per storage node.</summary>
internal static class PlacementFixture
{
    public static readonly KubeNodeInfo[] Nodes =
    [
        Node("n1", "r1"), Node("n2", "r1"), Node("n3", "r2"), Node("n4", "r2"),
    ];

    public static StorageTopology Topology(params StorageNodeStatus[] statuses) =>
        StorageTopology.Build(
            [.. Enumerable.Range(1, 3).Select(i => new StorageNode(
                "s" + i, "n" + i, "", [], statuses.Length >= i ? statuses[i - 1] : StorageNodeStatus.Online))],
            Nodes,
            AnnotationKeys.PortworxRack);

    public static PodVolume Volume(string name, string[] replicas, bool antiHyperconvergence = false, params string[] labels)
    {
        var map = new Dictionary<string, string>();
        for (var i = 0; i < labels.Length; i += 2)
        {
            map[labels[i]] = labels[i + 1];
        }

        return new("PVC default/" + name, name, name, replicas, map, antiHyperconvergence);
    }

    public static PlacementRequest Request(
        VolumeLookup volumes,
        StorageTopology? topology = null,
        PodSchedulingOptions? options = null,
        IReadOnlyList<KubeNodeInfo>? candidates = null) => new(
        options ?? PodSchedulingOptions.None,
        volumes,
        DriverResult<StorageTopology>.Ok(topology ?? Topology()),
        candidates ?? Nodes);

    public static PlacementRequest Request(params PodVolume[] volumes) => Request(new VolumeLookup.Ready(volumes));

    public static PodSchedulingOptions Annotated(string key, string value) =>
        PodSchedulingOptions.FromAnnotations(new Dictionary<string, string> { [key] = value });

    public static KubeNodeInfo Unschedulable(KubeNodeInfo node) => node with { StorageUnschedulable = true };

    private static KubeNodeInfo Node(string name, string rack) => new(
        name,
        [name],
        [],
        new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = rack, [AnnotationKeys.Zone] = "z" },
        false);
}
