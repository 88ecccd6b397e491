using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Stork.Scoring.Tests.Integration;
using Stork.Shared.Tests.Telemetry;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Hyperconvergence;

/// <summary>The placement watcher against the fake API server and SDK (<see cref="PortworxCluster"/>: PVC db/data
/// has its one replica on node-a1): a pod on the replica node, one on its rack neighbour node-a2 and one in the
/// other region on node-c1, plus a pod of another scheduler.</summary>
internal sealed class PlacementWatcherTests
{
    private const string PodsPath = "/api/v1/pods";
    private static readonly TimeSpan Timeout = PlacementMetricsReader.Timeout;
    private static readonly string[] FastRefresh = ["--placement-refresh-interval", "200ms", "--portworx-volume-ttl", "100ms"];

    [Test]
    public async Task Watcher_PodsOnReplicaRackNeighbourAndRemoteNode_GaugesCountEach()
    {
        await using var server = await ScoringServer.StartPortworxAsync(StorkPods.Seed, FastRefresh);

        await PlacementMetricsReader.WaitForAsync(server.Client, families =>
            PlacementMetricsReader.Pods(families, "hyperconverged") == 1 && PlacementMetricsReader.Pods(families, "remote") == 2
            && PlacementMetricsReader.Pods(families, "partial") == 0 && PlacementMetricsReader.Pods(families, "unknown") == 0
            && PlacementMetricsReader.Volumes(families, "replica") == 1 && PlacementMetricsReader.Volumes(families, "rack") == 1 && PlacementMetricsReader.Volumes(families, "none") == 1
            && PlacementMetricsReader.Volumes(families, "zone") == 0 && PlacementMetricsReader.Volumes(families, "region") == 0
            && families["stork_placement_leader"].Value("stork_placement_leader") == 1);
    }

    [Test]
    public async Task Watcher_RemotePod_ExactlyOneWarningNamingNodeVolumeReplicasAndLevel()
    {
        await using var server = await ScoringServer.StartPortworxAsync(StorkPods.Seed, FastRefresh);
        await server.Kube.WaitUntilAsync(() => Warnings(server).Length >= 1, Timeout, "a NotHyperconverged event");

        // Several refreshes later, still one: the rack neighbour is not warned about, the remote pod once.
        var refreshes = server.Sdk.CallCount(FakePortworxSdkServer.VolumeInspectPrefix + DataVolumeId);
        await PlacementMetricsReader.PollUntilAsync(() => server.Sdk.CallCount(FakePortworxSdkServer.VolumeInspectPrefix + DataVolumeId) >= refreshes + 3);

        var warnings = Warnings(server);
        Assert.That(warnings, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That((string?)warnings[0]["type"], Is.EqualTo("Warning"));
            Assert.That((string?)warnings[0]["involvedObject"]!["name"], Is.EqualTo("remote"));
            Assert.That((string?)warnings[0]["message"], Does.Contain(C1).And.Contain("PVC db/data").And.Contain(A1 + " (Online)").And.Contain("best level none"));
        });
    }

    [Test]
    public async Task Watcher_NodeCacheLate_RatesOnlyOnceEveryCacheSynced()
    {
        await using var server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
        {
            StorkPods.Seed(kube, sdk);
            kube.FailNext("/api/v1/nodes", 500, count: 6, verb: FakeKubeVerb.List);
        }, FastRefresh);

        await server.Kube.WaitUntilAsync(() => Warnings(server).Length >= 1, Timeout, "a NotHyperconverged event");

        Assert.That((string?)Warnings(server)[0]["message"], Does.Contain("replicas on " + A1 + " (Online)"), "rated before the node cache could place the replica");
    }

    [Test]
    public async Task Watcher_PodOfAnotherScheduler_NotHeldAndSelectorOnTheWire()
    {
        await using var server = await ScoringServer.StartPortworxAsync(StorkPods.Seed, FastRefresh);
        var pods = server.Services.GetRequiredService<ResourceCache<Pod>>();
        await pods.WaitForSyncAsync(CancellationToken.None).WaitAsync(Timeout);
        await server.Kube.WaitForWatchAsync(PodsPath, 1, Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(pods.Snapshot.Items.Select(p => p.Metadata.Name), Is.EquivalentTo(new[] { "on-replica", "rack-neighbour", "remote" }));
            Assert.That(server.Kube.Queries(PodsPath, FakeKubeVerb.List), Is.Not.Empty.And.All.Contain("fieldSelector=spec.schedulerName%3Dstork"));
            Assert.That(server.Kube.Queries(PodsPath, FakeKubeVerb.Watch), Is.Not.Empty.And.All.Contain("fieldSelector=spec.schedulerName%3Dstork"));
        });
    }

    [Test]
    public async Task Watcher_CachedPod_HoldsOnlyWhatTheWatcherReads()
    {
        await using var server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
        {
            PortworxCluster.Seed(kube, sdk);
            var pod = StorkPods.Pod("labelled", A1);
            pod["metadata"]!["labels"] = new JsonObject { ["app"] = "db" };
            pod["spec"]!["volumes"]!.AsArray().Add(new JsonObject { ["name"] = "token", ["projected"] = new JsonObject() });
            kube.Add(StorkPods.Path, pod);
        }, FastRefresh);
        var pods = server.Services.GetRequiredService<ResourceCache<Pod>>();
        await pods.WaitForSyncAsync(CancellationToken.None).WaitAsync(Timeout);

        var cached = pods.Get(PortworxCluster.Namespace, "labelled")!;
        Assert.That(cached.Metadata.Labels, Is.Null);
        Assert.That(cached.Spec.Volumes!.Select(v => v.Name), Is.EqualTo(new[] { "data" }));
    }

    [Test]
    public async Task Watcher_ReplicaMovedInTheSdk_GaugesFollowWithinARefresh()
    {
        await using var server = await ScoringServer.StartPortworxAsync(StorkPods.Seed, FastRefresh);
        await PlacementMetricsReader.WaitForAsync(server.Client, families => PlacementMetricsReader.Volumes(families, "replica") == 1 && PlacementMetricsReader.Volumes(families, "rack") == 1);

        server.Sdk.SetVolume(new FakeVolume(DataVolumeId, "pvc-data", [["px-c1"]]));

        // Now the pod on node-c1 is on the replica; node-a1 and node-a2 are in the other region.
        await PlacementMetricsReader.WaitForAsync(server.Client, families =>
            PlacementMetricsReader.Pods(families, "hyperconverged") == 1 && PlacementMetricsReader.Pods(families, "remote") == 2
            && PlacementMetricsReader.Volumes(families, "replica") == 1 && PlacementMetricsReader.Volumes(families, "rack") == 0 && PlacementMetricsReader.Volumes(families, "none") == 2);
    }

    [Test]
    public async Task Watcher_PodBoundAfterStart_CountedAtBindByLevel()
    {
        await using var server = await ScoringServer.StartPortworxAsync(StorkPods.Seed, FastRefresh);
        var pending = server.Kube.Add(StorkPods.Path, StorkPods.Pod("late", node: null));
        await PlacementMetricsReader.WaitForAsync(server.Client, families => PlacementMetricsReader.Pods(families, "remote") == 2);

        pending["spec"]!["nodeName"] = A2;
        server.Kube.Update(StorkPods.Path, pending);

        await PlacementMetricsReader.WaitForAsync(server.Client, families =>
            families.TryGetValue("stork_placements_at_bind_total", out var bound)
            && bound.Value("stork_placements_at_bind_total", ("level", "rack")) == 1
            && bound.Samples.Sum(s => s.Value) == 1
            && PlacementMetricsReader.Pods(families, "remote") == 3);
    }

    private static JsonObject[] Warnings(ScoringServer server) =>
        [.. server.Kube.Events.Where(e => (string?)e["reason"] == "NotHyperconverged")];
}
