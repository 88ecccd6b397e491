using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;

namespace Stork.Scoring.Tests.Placement;

internal sealed class ReplicaSitesTests
{
    private static readonly string[] Values = ["", "1", "2"];

    /// <summary>Every combination of rack/zone/region (known or not) and status for two replicas and a
    /// candidate: the closed form must reach the level of Stork's nested region/zone/rack loops.</summary>
    [Test]
    public void LevelFor_EveryLocalityCombination_MatchesStorkNestedLoops()
    {
        var places = (from rack in Values from zone in Values from region in Values select (rack, zone, region)).ToArray();
        var statuses = new[] { StorageNodeStatus.Online, StorageNodeStatus.StorageDown, StorageNodeStatus.Offline };
        var storage = places.SelectMany((p, i) => statuses.Select((s, j) => (Id: $"s{i}-{j}", Place: p, Status: s))).ToArray();
        var kube = storage.Select(s => new KubeNodeInfo(s.Id, [], [], Labels(s.Place), false)).ToArray();
        var topology = StorageTopology.Build(
            [.. storage.Select(s => new StorageNode(s.Id, s.Id, "", [], s.Status))], kube, AnnotationKeys.PortworxRack);
        var usable = Enumerable.Range(0, topology.Count).Where(i => topology[i].IsUsable).ToArray();

        var mismatches = 0;
        for (var a = 0; a < topology.Count; a++)
        {
            for (var b = a; b < topology.Count; b++)
            {
                var volume = new PodVolume("v", "v", "v", [topology[a].Node.Id, topology[b].Node.Id], new Dictionary<string, string>(), false);
                var sites = ReplicaSites.Of(volume, topology);
                foreach (var c in usable)
                {
                    var holds = c == a || c == b;
                    var expected = StorkLoops(topology[c].Locality, holds, [topology[a].Locality, topology[b].Locality]);
                    mismatches += sites.LevelFor(topology[c].Locality, holds) == expected ? 0 : 1;
                }
            }
        }

        Assert.That(mismatches, Is.Zero);
    }

    [Test]
    public void LevelFor_NoKnownReplica_None()
    {
        var topology = StorageTopology.Build([new("n1", "n1", "", [], StorageNodeStatus.Online)], [], AnnotationKeys.PortworxRack);
        var sites = ReplicaSites.Of(new("v", "v", "v", ["elsewhere"], new Dictionary<string, string>(), false), topology);

        Assert.That(sites.LevelFor(NodeLocality.Unknown, holdsReplica: false), Is.EqualTo(PlacementLevel.None));
        Assert.That(sites.AnyKnown, Is.False);
        Assert.That(sites.Describe(), Is.EqualTo("elsewhere (not in the storage cluster)"));
    }

    /// <summary>Stork's getNodeScore, transcribed as a reference: an empty key of the node matches any
    /// replica's key at that level; only non-empty keys return their level.</summary>
    private static PlacementLevel StorkLoops(NodeLocality node, bool holds, NodeLocality[] replicas)
    {
        foreach (var region in replicas.Select(r => r.Region))
        {
            if (region != node.Region && node.Region.Length != 0)
            {
                continue;
            }

            foreach (var zone in replicas.Select(r => r.Zone))
            {
                if (zone != node.Zone && node.Zone.Length != 0)
                {
                    continue;
                }

                foreach (var rack in replicas.Select(r => r.Rack))
                {
                    if (rack == node.Rack || node.Rack.Length == 0)
                    {
                        if (holds)
                        {
                            return PlacementLevel.Replica;
                        }

                        if (node.Rack.Length != 0)
                        {
                            return PlacementLevel.Rack;
                        }
                    }
                }

                if (node.Zone.Length != 0)
                {
                    return PlacementLevel.Zone;
                }
            }

            if (node.Region.Length != 0)
            {
                return PlacementLevel.Region;
            }
        }

        return PlacementLevel.None;
    }

    private static Dictionary<string, string> Labels((string Rack, string Zone, string Region) place) => new()
    {
        [AnnotationKeys.PortworxRack] = place.Rack.Length > 0 ? "r" + place.Rack : "",
        [AnnotationKeys.Zone] = place.Zone.Length > 0 ? "z" + place.Zone : "",
        [AnnotationKeys.Region] = place.Region.Length > 0 ? "g" + place.Region : "",
    };
}
