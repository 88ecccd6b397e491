using System.Text.Json.Nodes;
using Stork.Scoring.Tests.Integration;
using Stork.Shared.Tests.Telemetry;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Hyperconvergence;

/// <summary>The watcher's work per event, counted by <c>stork_placement_ratings_total{cause}</c>, does not grow with
/// the cluster: a pod event rates that pod, a node event the pods on that node (a heartbeat none), with the pods of
/// <see cref="StorkPods"/> and with 300 more on other nodes alike.</summary>
internal sealed class PlacementWorkPerEventTests
{
    private const string NodesPath = "/api/v1/nodes";
    private const string VolumesPath = "/api/v1/persistentvolumes";
    private static readonly string[] NoRefresh = ["--placement-refresh-interval", "1h"];

    [TestCase(0)]
    [TestCase(300)]
    public async Task PodEvent_RatesThatPodOnly(int morePods)
    {
        await using var server = await StartAsync(morePods);
        var before = await AfterBarrierAsync(server);

        server.Kube.Update(StorkPods.Path, Changed(server.Kube.Get(StorkPods.Path, Namespace, "on-replica")!));
        var after = await AfterBarrierAsync(server);

        Assert.That(after - before, Is.EqualTo(new Ratings(Pod: 1, Node: 0, Claim: 1, Refresh: 0)), "the changed pod, then the barrier");
    }

    [TestCase(0)]
    [TestCase(300)]
    public async Task NodeEvent_RatesThePodsOnThatNodeOnly(int morePods)
    {
        await using var server = await StartAsync(morePods);
        var before = await AfterBarrierAsync(server);

        server.Kube.Update(NodesPath, Changed(server.Kube.Get(NodesPath, null, A1)!));
        var after = await AfterBarrierAsync(server);

        Assert.That(after - before, Is.EqualTo(new Ratings(Pod: 0, Node: 1, Claim: 1, Refresh: 0)), "on-replica (the one pod on node-a1), then the barrier");
    }

    [Test]
    public async Task NodeHeartbeat_RatesNothing()
    {
        await using var server = await StartAsync(0);
        var before = await AfterBarrierAsync(server);

        var node = server.Kube.Get(NodesPath, null, A1)!;
        node["status"]!["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = "True", ["lastHeartbeatTime"] = DateTimeOffset.UtcNow.ToString("O") });
        server.Kube.Update(NodesPath, node);
        var after = await AfterBarrierAsync(server);

        Assert.That(after - before, Is.EqualTo(new Ratings(Pod: 0, Node: 0, Claim: 1, Refresh: 0)), "only the barrier");
    }

    /// <summary><see cref="StorkPods"/>, <paramref name="morePods"/> more on node-a2 and node-c1, and the <c>barrier</c>
    /// pod on node-b1, the only one using claim db/logs; once every pod has been rated.</summary>
    private static async Task<ScoringServer> StartAsync(int morePods)
    {
        var server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
        {
            StorkPods.Seed(kube, sdk);
            for (var i = 0; i < morePods; i++)
            {
                kube.Add(StorkPods.Path, StorkPods.Pod($"more-{i}", i % 2 == 0 ? A2 : C1));
            }

            var barrier = ExtenderRequests.Pod("barrier", LocalPathClaim);
            barrier["spec"]!["schedulerName"] = "stork";
            barrier["spec"]!["nodeName"] = B1;
            kube.Add(StorkPods.Path, barrier);
        }, NoRefresh);
        var pods = 3 + morePods + 1;
        await PlacementMetricsReader.WaitForAsync(server.Client, families => Ratings.Of(families).Refresh >= pods);
        return server;
    }

    /// <summary>Changes PV pv-logs and waits until the <c>barrier</c> pod is rated for it: the watcher handles its work
    /// in order, so by then whatever came before is counted.</summary>
    private static async Task<Ratings> AfterBarrierAsync(ScoringServer server)
    {
        var claimRatings = Ratings.Of(await MetricsAsync(server)).Claim;
        server.Kube.Update(VolumesPath, Changed(server.Kube.Get(VolumesPath, null, "pv-logs")!));
        Ratings after = default;
        await PlacementMetricsReader.WaitForAsync(server.Client, families => (after = Ratings.Of(families)).Claim > claimRatings);
        return after;
    }

    private static async Task<IReadOnlyDictionary<string, PrometheusTextParser.Family>> MetricsAsync(ScoringServer server) =>
        PrometheusTextParser.Parse(await server.Client.GetStringAsync("/metrics"));

    private static JsonObject Changed(JsonObject obj)
    {
        obj["metadata"]!["labels"] = new JsonObject { ["changed"] = Guid.NewGuid().ToString("N") };
        return obj;
    }

    private readonly record struct Ratings(double Pod, double Node, double Claim, double Refresh)
    {
        public static Ratings operator -(Ratings a, Ratings b) => new(a.Pod - b.Pod, a.Node - b.Node, a.Claim - b.Claim, a.Refresh - b.Refresh);

        public static Ratings Of(IReadOnlyDictionary<string, PrometheusTextParser.Family> families) =>
            families.TryGetValue("stork_placement_ratings_total", out var family)
                ? new(Value(family, "pod"), Value(family, "node"), Value(family, "claim"), Value(family, "refresh"))
                : default;

        private static double Value(PrometheusTextParser.Family family, string cause) =>
            family.Value("stork_placement_ratings_total", ("cause", cause)) ?? 0;
    }
}
