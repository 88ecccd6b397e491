using System.Text.Json.Nodes;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Scoring.Tests.Integration;

/// <summary>A small Portworx cluster in two regions:
/// <code>
/// node      region  zone    rack    Portworx node (matched by)
/// node-a1   east    east-a  rack-1  px-a1 (scheduler_node_name)   holds the replica of PVC db/data
/// node-a2   east    east-a  rack-1  px-a2 (scheduler_node_name)
/// node-a3   east    east-a  rack-2  px-a3 (hostname only)
/// node-b1   east    east-b  rack-1  px-b1 (scheduler_node_name)   rack-1 of another zone: not a rack match
/// node-c1   west    west-a  rack-3  px-c1 (scheduler_node_name)
/// node-x    east    east-a  rack-1  none: Portworx does not run there
/// </code>
/// PVCs in <c>db</c>: <c>data</c> (bound, Portworx), <c>pending</c> (Pending, immediate binding),
/// <c>wffc</c> (Pending, WaitForFirstConsumer), <c>logs</c> (bound, local-path: not Portworx).</summary>
internal static class PortworxCluster
{
    public const string Namespace = "db";
    public const string A1 = "node-a1";
    public const string A2 = "node-a2";
    public const string A3 = "node-a3";
    public const string B1 = "node-b1";
    public const string C1 = "node-c1";
    public const string NoPortworx = "node-x";

    public const string DataClaim = "data";
    public const string DataVolumeId = "1042967346281936541";
    public const string PendingClaim = "pending";
    public const string WffcClaim = "wffc";
    public const string LocalPathClaim = "logs";

    public static readonly string[] StorageNodes = [A1, A2, A3, B1, C1];
    public static readonly string[] AllNodes = [A1, A2, A3, B1, C1, NoPortworx];

    /// <summary>Stork's scores for a pod on PVC db/data: replica, rack, zone, region, default 5, no Portworx 0.</summary>
    public static readonly Dictionary<string, int> DataScores = new()
    {
        [A1] = 100, [A2] = 50, [A3] = 25, [B1] = 10, [C1] = 5, [NoPortworx] = 0,
    };

    public static readonly IReadOnlyDictionary<string, JsonObject> Nodes = new Dictionary<string, JsonObject>
    {
        [A1] = Node(A1, "10.0.1.11", "east", "east-a", "rack-1"),
        [A2] = Node(A2, "10.0.1.12", "east", "east-a", "rack-1"),
        [A3] = Node(A3, "10.0.1.13", "east", "east-a", "rack-2"),
        [B1] = Node(B1, "10.0.2.11", "east", "east-b", "rack-1"),
        [C1] = Node(C1, "10.1.1.11", "west", "west-a", "rack-3"),
        [NoPortworx] = Node(NoPortworx, "10.0.1.99", "east", "east-a", "rack-1"),
    };

    public static void Seed(FakeKubeApiServer kube, FakePortworxSdkServer sdk)
    {
        foreach (var node in Nodes.Values)
        {
            kube.Add("/api/v1/nodes", node);
        }

        kube.Add("/apis/storage.k8s.io/v1/storageclasses", """{"metadata":{"name":"px-db"},"provisioner":"pxd.portworx.com","parameters":{"repl":"1","io_profile":"db_remote"},"reclaimPolicy":"Delete","volumeBindingMode":"Immediate"}""");
        kube.Add("/apis/storage.k8s.io/v1/storageclasses", """{"metadata":{"name":"px-wffc"},"provisioner":"pxd.portworx.com","parameters":{"repl":"2"},"reclaimPolicy":"Delete","volumeBindingMode":"WaitForFirstConsumer"}""");
        kube.Add("/apis/storage.k8s.io/v1/storageclasses", """{"metadata":{"name":"local-path"},"provisioner":"rancher.io/local-path","reclaimPolicy":"Delete","volumeBindingMode":"WaitForFirstConsumer"}""");
        AddClaim(kube, DataClaim, "px-db", "pv-data");
        AddClaim(kube, PendingClaim, "px-db", volumeName: null);
        AddClaim(kube, WffcClaim, "px-wffc", volumeName: null);
        AddClaim(kube, LocalPathClaim, "local-path", "pv-logs");
        kube.Add("/api/v1/persistentvolumes", $$$"""
            {"metadata":{"name":"pv-data","annotations":{"pv.kubernetes.io/provisioned-by":"pxd.portworx.com"}},
             "spec":{"capacity":{"storage":"10Gi"},"accessModes":["ReadWriteOnce"],"storageClassName":"px-db",
                     "csi":{"driver":"pxd.portworx.com","volumeHandle":"{{{DataVolumeId}}}","fsType":"ext4"},
                     "claimRef":{"kind":"PersistentVolumeClaim","namespace":"db","name":"data"}},
             "status":{"phase":"Bound"}}
            """);
        kube.Add("/api/v1/persistentvolumes", """
            {"metadata":{"name":"pv-logs","annotations":{"pv.kubernetes.io/provisioned-by":"rancher.io/local-path"}},
             "spec":{"capacity":{"storage":"1Gi"},"accessModes":["ReadWriteOnce"],"storageClassName":"local-path",
                     "hostPath":{"path":"/opt/local-path-provisioner/pv-logs","type":"DirectoryOrCreate"},
                     "nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"kubernetes.io/hostname","operator":"In","values":["node-x"]}]}]}},
                     "claimRef":{"kind":"PersistentVolumeClaim","namespace":"db","name":"logs"}},
             "status":{"phase":"Bound"}}
            """);
        sdk.SetNodes(
            new FakeStorageNode("px-a1", A1, A1, "10.0.1.11", "10.0.1.11"),
            new FakeStorageNode("px-a2", A2, A2, "10.0.1.12", "10.0.1.12"),
            new FakeStorageNode("px-a3", null, A3, "192.168.7.13", "192.168.7.13"),
            new FakeStorageNode("px-b1", B1, B1, "10.0.2.11", "10.0.2.11"),
            new FakeStorageNode("px-c1", C1, C1, "10.1.1.11", "10.1.1.11"));
        sdk.SetVolume(new FakeVolume(DataVolumeId, "pvc-data", [["px-a1"]]));
    }

    public static JsonObject[] NodeObjects(IEnumerable<string> names) => [.. names.Select(name => Nodes[name])];

    private static JsonObject Node(string name, string ip, string region, string zone, string rack) =>
        FixtureObjects.Node(name, ip, new Dictionary<string, string>
        {
            ["topology.kubernetes.io/region"] = region,
            ["topology.kubernetes.io/zone"] = zone,
            ["px/rack"] = rack,
        });

    private static void AddClaim(FakeKubeApiServer kube, string name, string storageClass, string? volumeName)
    {
        var claim = new JsonObject
        {
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = Namespace },
            ["spec"] = new JsonObject
            {
                ["accessModes"] = new JsonArray("ReadWriteOnce"),
                ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["storage"] = "10Gi" } },
                ["storageClassName"] = storageClass,
            },
            ["status"] = new JsonObject { ["phase"] = volumeName is null ? "Pending" : "Bound" },
        };
        if (volumeName is not null)
        {
            claim["spec"]!["volumeName"] = volumeName;
        }

        kube.Add($"/api/v1/namespaces/{Namespace}/persistentvolumeclaims", claim);
    }
}
