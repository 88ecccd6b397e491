using Stork.Bench.Cluster;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>The seeded cluster the soak runs against: the Node names, and the claims (grouped by namespace) that
/// valid requests mount, each of which the fake OpenStorage SDK knows as a volume with two replicas.</summary>
internal sealed record SoakCluster(IReadOnlyList<string> Nodes, IReadOnlyList<(string Namespace, IReadOnlyList<string> Claims)> Claims)
{
    /// <summary>How many namespaces (of 50 claims each) valid requests draw their claims from.</summary>
    private const int UsedNamespaces = 4;

    public static SoakCluster Seed(FakeKubeApiServer kube, FakePortworxSdkServer sdk, int nodes)
    {
        var names = ClusterSeeder.Seed(kube, new ClusterShape(nodes, nodes * 10));
        sdk.SetNodes([.. names.Select((n, i) => new FakeStorageNode("px-" + i, n, n, "10.0.0.1", "10.0.0.1"))]);
        var claims = new List<(string, IReadOnlyList<string>)>();
        var volumes = new SyntheticVolumes(new Random(0));
        var used = Math.Min(UsedNamespaces, Math.Max(1, nodes * 10 / SyntheticVolumes.ClaimsPerNamespace));
        for (var n = 0; n < used; n++)
        {
            var inNamespace = new List<string>();
            var ns = "";
            for (var i = n * SyntheticVolumes.ClaimsPerNamespace; i < Math.Min((n + 1) * SyntheticVolumes.ClaimsPerNamespace, nodes * 10); i++)
            {
                var (made, _) = volumes.Create(i);
                ns = (string)made["metadata"]!["namespace"]!;
                var claim = kube.Get(ClusterSeeder.ClaimsPath, ns, (string)made["metadata"]!["name"]!)!;
                var volume = kube.Get(ClusterSeeder.VolumesPath, null, (string)claim["spec"]!["volumeName"]!)!;
                sdk.SetVolume(new FakeVolume((string)volume["spec"]!["csi"]!["volumeHandle"]!, (string)volume["metadata"]!["name"]!,
                    [["px-" + (i % nodes), "px-" + ((i + 1) % nodes)]]));
                inNamespace.Add((string)claim["metadata"]!["name"]!);
            }

            claims.Add((ns, inNamespace));
        }

        return new SoakCluster(names, claims);
    }
}
