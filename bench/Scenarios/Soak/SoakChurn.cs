using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Stork.Bench.Cluster;
using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>Object updates through the fake API server at a steady rate, cycling through five changes: a PVC
/// created, a PVC deleted (one the churn created), a PVC's label changed, a Node's heartbeat, a Node's label changed.</summary>
internal sealed class SoakChurn(FakeKubeApiServer kube, SoakCluster cluster)
{
    public const string Namespace = "soak-churn";

    private static readonly string[] Changes = ["PVC created", "PVC deleted", "PVC label changed", "Node heartbeat", "Node label changed"];

    private readonly ConcurrentDictionary<string, long> done = new();
    private readonly Queue<string> created = new();
    private readonly Random random = new(11);
    private int generation;

    public IReadOnlyDictionary<string, long> Done => done;

    public async Task RunAsync(int perSecond, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / perSecond));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var change = Changes[generation % Changes.Length];
                Apply(change, ++generation);
                done.AddOrUpdate(change, 1, (_, n) => n + 1);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private void Apply(string change, int n)
    {
        var label = n.ToString(CultureInfo.InvariantCulture);
        switch (change)
        {
            case "PVC created":
                var name = "soak-claim-" + label;
                kube.Add(ClusterSeeder.ClaimsPath, new JsonObject
                {
                    ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = Namespace, ["labels"] = new JsonObject { ["soak"] = label } },
                    ["spec"] = new JsonObject
                    {
                        ["accessModes"] = new JsonArray("ReadWriteOnce"),
                        ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["storage"] = "1Gi" } },
                        ["storageClassName"] = "px-csi-db",
                    },
                    ["status"] = new JsonObject { ["phase"] = "Pending" },
                });
                created.Enqueue(name);
                break;
            case "PVC deleted" when created.TryDequeue(out var oldest):
                kube.Delete(ClusterSeeder.ClaimsPath, Namespace, oldest);
                break;
            case "PVC label changed":
                var (ns, claims) = cluster.Claims[random.Next(cluster.Claims.Count)];
                Relabel(ClusterSeeder.ClaimsPath, kube.Get(ClusterSeeder.ClaimsPath, ns, claims[random.Next(claims.Count)])!, label);
                break;
            case "Node heartbeat":
                var node = RandomNode();
                foreach (var condition in node["status"]!["conditions"]!.AsArray())
                    condition!["lastHeartbeatTime"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                kube.Update(ClusterSeeder.NodesPath, node);
                break;
            case "Node label changed":
                Relabel(ClusterSeeder.NodesPath, RandomNode(), label);
                break;
        }
    }

    private JsonObject RandomNode() => kube.Get(ClusterSeeder.NodesPath, null, cluster.Nodes[random.Next(cluster.Nodes.Count)])!;

    private void Relabel(string path, JsonObject obj, string label)
    {
        obj["metadata"]!["labels"]!["soak/generation"] = label;
        kube.Update(path, obj);
    }
}
