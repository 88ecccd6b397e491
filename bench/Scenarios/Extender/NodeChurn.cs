using System.Globalization;
using System.Text.Json.Nodes;
using Stork.Bench.Cluster;
using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>Node updates driven through the fake API server's watch while requests are timed, as a live cluster
/// sends them: heartbeat-style status changes (every condition's <c>lastHeartbeatTime</c>) on node after node,
/// and once a second one of them also changes a label (<c>bench.stork.io/churn</c>, read by no placement rule).</summary>
internal sealed class NodeChurn : IAsyncDisposable
{
    public const string LabelKey = "bench.stork.io/churn";

    private readonly ExtenderCluster cluster;
    private readonly FakeKubeApiServer kube;
    private readonly int perSecond;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long updates;

    private NodeChurn(ExtenderCluster cluster, FakeKubeApiServer kube, int perSecond)
    {
        this.cluster = cluster;
        this.kube = kube;
        this.perSecond = perSecond;
        loop = Task.Run(() => RunAsync(stop.Token));
    }

    /// <summary>Updates sent so far.</summary>
    public long Updates => Interlocked.Read(ref updates);

    public static NodeChurn Start(ExtenderCluster cluster, FakeKubeApiServer kube, int perSecond) => new(cluster, kube, perSecond);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / perSecond));
        var random = new Random(7);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            var sent = Interlocked.Increment(ref updates);
            var node = JsonNode.Parse(cluster.Nodes[random.Next(cluster.Count)])!.AsObject();
            var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            foreach (var condition in node["status"]?["conditions"]?.AsArray() ?? [])
            {
                condition!["lastHeartbeatTime"] = now;
            }

            if (sent % perSecond == 0)
            {
                var labels = node["metadata"]!["labels"] ??= new JsonObject();
                labels[LabelKey] = sent.ToString(CultureInfo.InvariantCulture);
            }

            kube.Update(ClusterSeeder.NodesPath, node);
        }
    }
}
