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
    private const string PodsOfDb = "/api/v1/namespaces/" + PortworxCluster.Namespace + "/pods";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private static readonly string[] FastRefresh = ["--placement-refresh-interval", "200ms", "--portworx-volume-ttl", "100ms"];

    [Test]
    public async Task Watcher_PodsOnReplicaRackNeighbourAndRemoteNode_GaugesCountEach()
    {
        await using var server = await ScoringServer.StartPortworxAsync(SeedPods, FastRefresh);

        await WaitForMetricsAsync(server, families =>
            Pods(families, "hyperconverged") == 1 && Pods(families, "remote") == 2
            && Pods(families, "partial") == 0 && Pods(families, "unknown") == 0
            && Volumes(families, "replica") == 1 && Volumes(families, "rack") == 1 && Volumes(families, "none") == 1
            && Volumes(families, "zone") == 0 && Volumes(families, "region") == 0
            && families["stork_placement_leader"].Value("stork_placement_leader") == 1);
    }

    [Test]
    public async Task Watcher_RemotePod_ExactlyOneWarningNamingNodeVolumeReplicasAndLevel()
    {
        await using var server = await ScoringServer.StartPortworxAsync(SeedPods, FastRefresh);
        await server.Kube.WaitUntilAsync(() => Warnings(server).Length >= 1, Timeout, "a NotHyperconverged event");

        // Several refreshes later, still one: the rack neighbour is not warned about, the remote pod once.
        var refreshes = server.Sdk.CallCount(FakePortworxSdkServer.VolumeInspectPrefix + DataVolumeId);
        await PollUntilAsync(() => server.Sdk.CallCount(FakePortworxSdkServer.VolumeInspectPrefix + DataVolumeId) >= refreshes + 3);

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
    public async Task Watcher_PodOfAnotherScheduler_NotHeldAndSelectorOnTheWire()
    {
        await using var server = await ScoringServer.StartPortworxAsync(SeedPods, FastRefresh);
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
    public async Task Watcher_ReplicaMovedInTheSdk_GaugesFollowWithinARefresh()
    {
        await using var server = await ScoringServer.StartPortworxAsync(SeedPods, FastRefresh);
        await WaitForMetricsAsync(server, families => Volumes(families, "replica") == 1 && Volumes(families, "rack") == 1);

        server.Sdk.SetVolume(new FakeVolume(DataVolumeId, "pvc-data", [["px-c1"]]));

        // Now the pod on node-c1 is on the replica; node-a1 and node-a2 are in the other region.
        await WaitForMetricsAsync(server, families =>
            Pods(families, "hyperconverged") == 1 && Pods(families, "remote") == 2
            && Volumes(families, "replica") == 1 && Volumes(families, "rack") == 0 && Volumes(families, "none") == 2);
    }

    [Test]
    public async Task Watcher_PodBoundAfterStart_CountedAtBindByLevel()
    {
        await using var server = await ScoringServer.StartPortworxAsync(SeedPods, FastRefresh);
        var pending = server.Kube.Add(PodsOfDb, StorkPod("late", node: null));
        await WaitForMetricsAsync(server, families => Pods(families, "remote") == 2);

        pending["spec"]!["nodeName"] = A2;
        server.Kube.Update(PodsOfDb, pending);

        await WaitForMetricsAsync(server, families =>
            families.TryGetValue("stork_placements_at_bind_total", out var bound)
            && bound.Value("stork_placements_at_bind_total", ("level", "rack")) == 1
            && bound.Samples.Sum(s => s.Value) == 1
            && Pods(families, "remote") == 3);
    }

    private static void SeedPods(FakeKubeApiServer kube, FakePortworxSdkServer sdk)
    {
        Seed(kube, sdk);
        kube.Add(PodsOfDb, StorkPod("on-replica", A1));
        kube.Add(PodsOfDb, StorkPod("rack-neighbour", A2));
        kube.Add(PodsOfDb, StorkPod("remote", C1));
        var other = StorkPod("other-scheduler", C1);
        other["spec"]!["schedulerName"] = "default-scheduler";
        kube.Add(PodsOfDb, other);
    }

    private static JsonObject StorkPod(string name, string? node)
    {
        var pod = ExtenderRequests.Pod(name, DataClaim);
        pod["spec"]!["schedulerName"] = "stork";
        if (node is not null)
        {
            pod["spec"]!["nodeName"] = node;
        }

        return pod;
    }

    private static JsonObject[] Warnings(ScoringServer server) =>
        [.. server.Kube.Events.Where(e => (string?)e["reason"] == "NotHyperconverged")];

    private static double? Pods(IReadOnlyDictionary<string, PrometheusTextParser.Family> families, string placement) =>
        families.TryGetValue("stork_pods_by_placement", out var family) ? family.Value("stork_pods_by_placement", ("placement", placement)) : null;

    private static double? Volumes(IReadOnlyDictionary<string, PrometheusTextParser.Family> families, string level) =>
        families.TryGetValue("stork_volumes_by_placement_level", out var family) ? family.Value("stork_volumes_by_placement_level", ("level", level)) : null;

    /// <summary>Reads <c>/metrics</c> until <paramref name="condition"/> holds; fails with the last body after <see cref="Timeout"/>.</summary>
    private static async Task WaitForMetricsAsync(ScoringServer server, Func<IReadOnlyDictionary<string, PrometheusTextParser.Family>, bool> condition)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        var body = "";
        while (!deadline.IsCancellationRequested)
        {
            body = await server.Client.GetStringAsync("/metrics", deadline.Token);
            if (condition(PrometheusTextParser.Parse(body)))
            {
                return;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        Assert.Fail("metrics did not reach the expected values:\n" + string.Join('\n', body.Split('\n').Where(l => l.Contains("placement", StringComparison.Ordinal))));
    }

    /// <summary>For what the fakes signal no change of (SDK calls): re-checks every 20 ms up to <see cref="Timeout"/>.</summary>
    private static async Task PollUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (!condition())
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
