using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Cluster;

/// <summary>Fills the fake API server with a synthetic cluster, the same one every run (fixed seed).</summary>
internal static class ClusterSeeder
{
    public const string NodesPath = "/api/v1/nodes";
    public const string ClaimsPath = "/api/v1/persistentvolumeclaims";
    public const string VolumesPath = "/api/v1/persistentvolumes";

    /// <summary>Seeds the fake; returns the Node names.</summary>
    public static IReadOnlyList<string> Seed(FakeKubeApiServer fake, ClusterShape shape, int seed = 42)
    {
        var random = new Random(seed);
        var nodes = new SyntheticNodes(random);
        var created = Enumerable.Range(0, shape.Nodes).Select(nodes.Create).ToList();
        fake.Seed(NodesPath, created);

        var volumes = new SyntheticVolumes(random);
        for (var i = 0; i < shape.Claims; i++)
        {
            var (claim, volume) = volumes.Create(i);
            fake.Add(ClaimsPath, claim);
            fake.Add(VolumesPath, volume);
        }

        return [.. created.Select(n => (string)n["metadata"]!["name"]!)];
    }

    /// <summary>Adds one pod of <paramref name="schedulerName"/> per claim of <paramref name="shape"/>, mounting it and
    /// bound to one of <paramref name="nodeNames"/> (what <see cref="Seed"/> returned).</summary>
    public static void SeedPods(FakeKubeApiServer fake, ClusterShape shape, IReadOnlyList<string> nodeNames, string schedulerName, int seed = 43)
    {
        var pods = new SyntheticPods(new Random(seed), nodeNames, schedulerName);
        for (var i = 0; i < shape.Claims; i++)
        {
            fake.Add(SyntheticPods.Path, pods.Create(i));
        }
    }
}
