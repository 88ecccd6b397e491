using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;

namespace Stork.Scoring.Tests.Placement;

/// <summary>Issue 11: prioritize computes the score of a node holding no replica once per (locality, storage state),
/// the filter its verdict once per request; every node must still score and pass or fail exactly as it would alone.</summary>
internal sealed class ManyCandidatesTests
{
    private static readonly StorageNodeStatus[] States =
        [StorageNodeStatus.Online, StorageNodeStatus.StorageDown, StorageNodeStatus.Online, StorageNodeStatus.Offline, StorageNodeStatus.Degraded];

    /// <summary>60 nodes over 2 zones × 3 racks, their storage nodes in every state, a few without one.</summary>
    private static (KubeNodeInfo[] Nodes, StorageTopology Topology) Cluster()
    {
        var nodes = Enumerable.Range(0, 60).Select(i => new KubeNodeInfo(
            "n" + i,
            [],
            [],
            new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = "r" + (i % 3), [AnnotationKeys.Zone] = "z" + (i % 2) },
            false)).ToArray();
        var storage = Enumerable.Range(0, 57).Select(i => new StorageNode("s" + i, "n" + i, "", [], States[i % States.Length])).ToArray();
        return (nodes, StorageTopology.Build(storage, nodes, AnnotationKeys.PortworxRack));
    }

    private static IEnumerable<TestCaseData> Volumes()
    {
        PodVolume Local(string name, params string[] replicas) => PlacementFixture.Volume(name, replicas);
        PodVolume Remote(string name, params string[] replicas) =>
            PlacementFixture.Volume(name, replicas, antiHyperconvergence: true, AnnotationKeys.PreferRemoteNode, "true");
        yield return new TestCaseData((object)new[] { Local("a", "s0", "s7") }).SetName("OneVolume");
        yield return new TestCaseData((object)new[] { Local("a", "s0", "s7"), Local("b", "s1", "s12", "s25"), Local("c", "s6") }).SetName("ThreeVolumes");
        yield return new TestCaseData((object)new[] { Local("a", "s2"), Remote("r", "s4", "s10") }).SetName("WithRemotePreferring");
        yield return new TestCaseData((object)new[] { Local("a", "s1"), Local("b", "s1") }).SetName("StorageDownHolder");
    }

    [TestCaseSource(nameof(Volumes))]
    public void Prioritize_ManyNodes_EachScoresAsItWouldAlone(PodVolume[] volumes)
    {
        var (nodes, topology) = Cluster();
        foreach (var scale in new[] { ScoreScale.Stork, ScoreScale.Normalized })
        {
            foreach (var explain in new[] { false, true })
            {
                var all = PlacementScorer.Prioritize(Request(volumes, topology, nodes), scale, explain).Scores;

                var alone = nodes.Select(n => PlacementScorer.Prioritize(Request(volumes, topology, [n]), scale, explain).Scores[0]).ToArray();

                Assert.That(all.Select(s => (s.Host, s.Score, string.Join("|", s.Reasons))), Is.EqualTo(alone.Select(s => (s.Host, s.Score, string.Join("|", s.Reasons)))), $"{scale}, explain {explain}");
            }
        }
    }

    [Test]
    public void Prioritize_ManyNodes_BestLevelPerVolumeAsFromEachNode()
    {
        var (nodes, topology) = Cluster();
        PodVolume[] volumes = [PlacementFixture.Volume("a", ["s0"]), PlacementFixture.Volume("b", ["s58"])];

        var placements = PlacementScorer.Prioritize(Request(volumes, topology, nodes), ScoreScale.Stork, false).Placements;

        var best = volumes.Select((_, v) => nodes.Max(n => PlacementScorer.Prioritize(Request(volumes, topology, [n]), ScoreScale.Stork, false).Placements[v].Level));
        Assert.That(placements.Select(p => p.Level), Is.EqualTo(best));
    }

    [TestCaseSource(nameof(Volumes))]
    public void Filter_ManyNodes_EachDecidedAsItWouldBeAlone(PodVolume[] volumes)
    {
        var (nodes, topology) = Cluster();
        PodVolume RemoteOnly(string name, params string[] replicas) => PlacementFixture.Volume(
            name, replicas, antiHyperconvergence: true, AnnotationKeys.PreferRemoteNode, "true", AnnotationKeys.PreferRemoteNodeOnly, "true");
        foreach (var options in new[] { PodSchedulingOptions.None, PlacementFixture.Annotated(AnnotationKeys.PreferLocalNodeOnly, "true") })
        {
            foreach (var set in new[] { volumes, [.. volumes, RemoteOnly("ro", "s3", "s9")] })
            {
                var all = PlacementFilter.Filter(Request(set, topology, nodes, options));

                var alone = nodes.Select(n => PlacementFilter.Filter(Request(set, topology, [n], options))).ToArray();

                Assert.That(all.Passed, Is.EqualTo(alone.SelectMany(a => a.Passed)), options.PreferLocalNodeOnly + " passed");
                Assert.That(all.Failed, Is.EquivalentTo(alone.SelectMany(a => a.Failed)), options.PreferLocalNodeOnly + " failed");
            }
        }
    }

    private static PlacementRequest Request(PodVolume[] volumes, StorageTopology topology, IReadOnlyList<KubeNodeInfo> candidates, PodSchedulingOptions? options = null) =>
        PlacementFixture.Request(new VolumeLookup.Ready(volumes), topology, options, candidates);
}
