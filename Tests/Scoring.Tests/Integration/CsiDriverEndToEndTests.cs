using System.Net;
using System.Text.Json.Nodes;
using Stork.Tests.Fakes.Kube;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;

namespace Stork.Scoring.Tests.Integration;

/// <summary>The service started with <c>--driver csi --csi-driver topolvm.io</c>: storage nodes are the nodes
/// whose CSINode lists TopoLVM, and a volume lives where its PV's node affinity pins it.</summary>
internal sealed class CsiDriverEndToEndTests
{
    private const string Driver = "topolvm.io";
    private const string TopologyKey = "topology.topolvm.io/node";
    private const string Namespace = "db";

    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartCsiAsync(Seed, Driver);

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Prioritize_VolumePinnedByNodeAffinity_PinnedNodeScores100()
    {
        using var answer = await server.PostAsync("/prioritize", NodeNamesForm(LvmPod(), ["node-1", "node-2", "node-3", "node-4"]));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(
            Scores(await answer.Content.ReadAsStringAsync()),
            Is.EqualTo(new Dictionary<string, int> { ["node-1"] = 50, ["node-2"] = 100, ["node-3"] = 25, ["node-4"] = 0 }),
            "pinned node, same rack, same zone, no TopoLVM");
    }

    [Test]
    public async Task Filter_NodeWithoutTheCsiDriver_Fails()
    {
        using var answer = await server.PostAsync("/filter", NodeNamesForm(LvmPod(), ["node-1", "node-2", "node-3", "node-4"]));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var result = FilterResult(await answer.Content.ReadAsStringAsync());
        Assert.That(PassedNames(result), Is.EqualTo(new[] { "node-1", "node-2", "node-3" }));
        Assert.That(FailedNodes(result).Keys, Is.EqualTo(new[] { "node-4" }));
    }

    private static JsonObject LvmPod() => FixtureObjects.Pod("pg-0", Namespace, ["pgdata"]);

    private static void Seed(FakeKubeApiServer kube)
    {
        AddNode(kube, "node-1", "10.0.1.11", "rack-1", Driver);
        AddNode(kube, "node-2", "10.0.1.12", "rack-1", Driver);
        AddNode(kube, "node-3", "10.0.1.13", "rack-2", Driver);
        AddNode(kube, "node-4", "10.0.1.14", "rack-1", "ebs.csi.aws.com");
        kube.Add("/apis/storage.k8s.io/v1/storageclasses", """{"metadata":{"name":"topolvm-provisioner"},"provisioner":"topolvm.io","parameters":{"csi.storage.k8s.io/fstype":"xfs"},"volumeBindingMode":"WaitForFirstConsumer","allowVolumeExpansion":true}""");
        kube.Add($"/api/v1/namespaces/{Namespace}/persistentvolumeclaims", """
            {"metadata":{"name":"pgdata","namespace":"db","annotations":{"volume.kubernetes.io/selected-node":"node-2","volume.kubernetes.io/storage-provisioner":"topolvm.io"}},
             "spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"5Gi"}},"storageClassName":"topolvm-provisioner","volumeName":"pvc-6c1f3a52"},
             "status":{"phase":"Bound","capacity":{"storage":"5Gi"}}}
            """);
        kube.Add("/api/v1/persistentvolumes", """
            {"metadata":{"name":"pvc-6c1f3a52","annotations":{"pv.kubernetes.io/provisioned-by":"topolvm.io"}},
             "spec":{"capacity":{"storage":"5Gi"},"accessModes":["ReadWriteOnce"],"storageClassName":"topolvm-provisioner",
                     "csi":{"driver":"topolvm.io","volumeHandle":"0b9c5c1e-3c39-4a53-9a3e-2f1f1c7e4b10","fsType":"xfs"},
                     "nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"topology.topolvm.io/node","operator":"In","values":["node-2"]}]}]}},
                     "claimRef":{"kind":"PersistentVolumeClaim","namespace":"db","name":"pgdata"}},
             "status":{"phase":"Bound"}}
            """);
    }

    private static void AddNode(FakeKubeApiServer kube, string name, string ip, string rack, string csiDriver)
    {
        var labels = new Dictionary<string, string>
        {
            ["topology.kubernetes.io/region"] = "east",
            ["topology.kubernetes.io/zone"] = "east-a",
            ["px/rack"] = rack,
        };
        if (csiDriver == Driver)
        {
            labels[TopologyKey] = name;
        }

        kube.Add("/api/v1/nodes", FixtureObjects.Node(name, ip, labels));
        kube.Add("/apis/storage.k8s.io/v1/csinodes", new JsonObject
        {
            ["metadata"] = new JsonObject { ["name"] = name },
            ["spec"] = new JsonObject
            {
                ["drivers"] = new JsonArray(new JsonObject
                {
                    ["name"] = csiDriver,
                    ["nodeID"] = name,
                    ["topologyKeys"] = new JsonArray(csiDriver == Driver ? TopologyKey : "topology.ebs.csi.aws.com/zone"),
                }),
            },
        });
    }
}
