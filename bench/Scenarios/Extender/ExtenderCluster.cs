using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stork.Bench.Cluster;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>The cluster of one extender run, the same every run (fixed seed): <c>N</c> realistic worker Nodes
/// (<see cref="SyntheticNodes"/>: 3 zones, 48 racks), each a Portworx storage node (every 100th Offline, every
/// 100th StorageDown), and a StatefulSet's three bound Portworx CSI claims whose volumes have 2, 3 and 3
/// replicas spread over the cluster. Written as a <c>--cluster-snapshot</c> file; the Nodes are kept as the
/// compact JSON the request bodies embed.</summary>
internal sealed class ExtenderCluster
{
    public const string Namespace = "tenant-0000";

    private static readonly int[] ReplicaCounts = [2, 3, 3];

    private ExtenderCluster(int count, IReadOnlyList<string> names, IReadOnlyList<byte[]> nodes, IReadOnlyList<ClaimReplicas> claims, int offline)
    {
        Count = count;
        Names = names;
        Nodes = nodes;
        Claims = claims;
        Offline = offline;
    }

    public int Count { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>Each Node as compact JSON, as kube-scheduler sends it.</summary>
    public IReadOnlyList<byte[]> Nodes { get; }

    /// <summary>The StatefulSet's claims (in <see cref="Namespace"/>), first one first.</summary>
    public IReadOnlyList<ClaimReplicas> Claims { get; }

    /// <summary>Nodes whose storage node is Offline: the filter drops them.</summary>
    public int Offline { get; }

    public double AverageNodeBytes => Nodes.Average(n => n.Length);

    public static ExtenderCluster Create(int count)
    {
        var random = new Random(42);
        var synthetic = new SyntheticNodes(random);
        var names = new string[count];
        var nodes = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var node = synthetic.Create(i);
            names[i] = (string)node["metadata"]!["name"]!;
            nodes[i] = JsonSerializer.SerializeToUtf8Bytes(node);
        }

        var claims = new List<ClaimReplicas>();
        var volumes = new SyntheticVolumes(random);
        for (var c = 0; c < ReplicaCounts.Length; c++)
        {
            var (claim, volume) = volumes.Create(c);
            claims.Add(new(claim, volume, Replicas(random, count, ReplicaCounts[c])));
        }

        return new(count, names, nodes, claims, Enumerable.Range(0, count).Count(i => StatusOf(i) == "Offline"));
    }

    /// <summary>Writes the snapshot: one JSON <c>kind: List</c> with the Nodes, the namespace, the storage classes,
    /// the claims and volumes, and the <c>StorageTopology</c>.</summary>
    public void WriteSnapshot(string path)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file);
        json.WriteStartObject();
        json.WriteString("apiVersion", "v1");
        json.WriteString("kind", "List");
        json.WriteStartArray("items");
        foreach (var node in Nodes)
        {
            json.WriteRawValue(node, skipInputValidation: true);
        }

        var objects = new JsonArray { NamespaceObject() };
        foreach (var storageClass in Claims.Select(c => (string)c.Claim["spec"]!["storageClassName"]!).Distinct())
        {
            objects.Add(StorageClass(storageClass));
        }

        foreach (var claim in Claims)
        {
            objects.Add(claim.Claim.DeepClone());
            objects.Add(claim.Volume.DeepClone());
        }

        objects.Add(Topology());
        foreach (var item in objects)
        {
            item!.WriteTo(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The same cluster in the fakes, for a live service (<c>--kubeconfig</c>, <c>--portworx-endpoint</c>):
    /// the Kubernetes objects in the API server, the storage nodes and volumes in the SDK.</summary>
    public void Seed(FakeKubeApiServer kube, FakePortworxSdkServer sdk)
    {
        kube.Seed(ClusterSeeder.NodesPath, Nodes.Select(n => JsonNode.Parse(n)!.AsObject()));
        kube.Add("/api/v1/namespaces", NamespaceObject());
        foreach (var storageClass in Claims.Select(c => (string)c.Claim["spec"]!["storageClassName"]!).Distinct())
        {
            kube.Add("/apis/storage.k8s.io/v1/storageclasses", StorageClass(storageClass));
        }

        kube.Seed(ClusterSeeder.ClaimsPath, Claims.Select(c => c.Claim.DeepClone().AsObject()));
        kube.Seed(ClusterSeeder.VolumesPath, Claims.Select(c => c.Volume.DeepClone().AsObject()));
        sdk.SetNodes([.. Enumerable.Range(0, Count).Select(i =>
            new FakeStorageNode(StorageIdOf(i), Names[i], Names[i], InternalIpOf(i), InternalIpOf(i), SdkStatusOf(i)))]);
        foreach (var claim in Claims)
        {
            sdk.SetVolume(new FakeVolume(
                (string)claim.Volume["spec"]!["csi"]!["volumeHandle"]!,
                (string)claim.Volume["metadata"]!["name"]!,
                [[.. claim.ReplicaNodes.Select(StorageIdOf)]],
                new Dictionary<string, string> { ["repl"] = claim.ReplicaNodes.Count.ToString(CultureInfo.InvariantCulture), ["io_profile"] = "db_remote" }));
        }
    }

    public static string StorageIdOf(int index) => string.Create(CultureInfo.InvariantCulture, $"px-{index:D5}");

    /// <summary>Every 100th storage node Offline, the one before it StorageDown, the rest Online.</summary>
    private static string StatusOf(int index) => (index % 100) switch
    {
        99 => "Offline",
        98 => "StorageDown",
        _ => "Online",
    };

    private static string SdkStatusOf(int index) => StatusOf(index) switch
    {
        "Offline" => "STATUS_OFFLINE",
        "StorageDown" => "STATUS_STORAGE_DOWN",
        _ => "STATUS_OK",
    };

    private string InternalIpOf(int index) => Names[index][3..Names[index].IndexOf('.', StringComparison.Ordinal)].Replace('-', '.');

    private static int[] Replicas(Random random, int count, int replicas)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(replicas, count))
        {
            var index = random.Next(count);
            if (StatusOf(index) == "Online")
            {
                chosen.Add(index);
            }
        }

        return [.. chosen];
    }

    private JsonObject Topology()
    {
        var nodes = new JsonArray();
        for (var i = 0; i < Count; i++)
        {
            var internalIp = InternalIpOf(i);
            nodes.Add(new JsonObject
            {
                ["id"] = StorageIdOf(i),
                ["schedulerNodeName"] = Names[i],
                ["hostname"] = Names[i],
                ["ips"] = new JsonArray(internalIp),
                ["status"] = StatusOf(i),
            });
        }

        var volumes = new JsonArray();
        foreach (var claim in Claims)
        {
            volumes.Add(new JsonObject
            {
                ["id"] = (string)claim.Volume["spec"]!["csi"]!["volumeHandle"]!,
                ["name"] = (string)claim.Volume["metadata"]!["name"]!,
                ["replicaNodes"] = new JsonArray([.. claim.ReplicaNodes.Select(i => JsonValue.Create(StorageIdOf(i)))]),
                ["labels"] = new JsonObject { ["repl"] = claim.ReplicaNodes.Count.ToString(CultureInfo.InvariantCulture), ["io_profile"] = "db_remote" },
            });
        }

        return new JsonObject { ["apiVersion"] = "snapshot.stork.libopenstorage.org/v1", ["kind"] = "StorageTopology", ["nodes"] = nodes, ["volumes"] = volumes };
    }

    private static JsonObject NamespaceObject() => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Namespace",
        ["metadata"] = new JsonObject { ["name"] = Namespace, ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = Namespace } },
    };

    private static JsonObject StorageClass(string name) => new()
    {
        ["apiVersion"] = "storage.k8s.io/v1",
        ["kind"] = "StorageClass",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["provisioner"] = "pxd.portworx.com",
        ["parameters"] = new JsonObject { ["repl"] = "3", ["io_profile"] = "db_remote", ["priority_io"] = "high" },
        ["reclaimPolicy"] = "Delete",
        ["allowVolumeExpansion"] = true,
        ["volumeBindingMode"] = "Immediate",
    };
}
