using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;
using static Stork.Scoring.Tests.Placement.PlacementFixture;

namespace Stork.Scoring.Tests.Placement;

internal sealed class PlacementScorerTests
{
    private static IEnumerable<TestCaseData> Uniform()
    {
        var placed = new VolumeLookup.Ready([Volume("a", ["s1"])]);
        yield return Data(Request(placed) with { Options = Annotated(AnnotationKeys.DisableHyperconvergence, "true") }, "HyperconvergenceDisabled");
        yield return Data(Request(new VolumeLookup.MissingClaim("default/gone")), "MissingClaim");
        yield return Data(Request(new VolumeLookup.RestoreInProgress("default/a")), "RestoreInProgress");
        yield return Data(Request(new VolumeLookup.PendingClaim("default/new")), "PendingImmediateClaim");
        yield return Data(Request(new VolumeLookup.LookupFailed("timeout")), "ClaimLookupFailed");
        yield return Data(Request(placed) with { Storage = DriverResult<StorageTopology>.Fail("down") }, "StorageNodesUnavailable");
        yield return Data(Request(new VolumeLookup.Ready([])), "NoDriverVolumes");
        yield return Data(Request(Volume("win", ["s1"], false, AnnotationKeys.WindowsShare, "true")), "OnlyWindowsVolume");
        yield return Data(Request(Volume("wffc", [])), "OnlyUnprovisionedVolume");

        static TestCaseData Data(PlacementRequest request, string name) =>
            new TestCaseData(request).SetName("Prioritize_" + name + "_EveryNodeDefaultIncludingNonStorageNode");
    }

    [TestCaseSource(nameof(Uniform))]
    public void Prioritize_ShortCircuit_EveryNodeDefault(PlacementRequest request)
    {
        var stork = PlacementScorer.Prioritize(request, ScoreScale.Stork, explain: true);
        var normalized = PlacementScorer.Prioritize(request, ScoreScale.Normalized, explain: false);

        Assert.That(stork.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 5, 5, 5, 5 }));
        Assert.That(normalized.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 0, 0, 0, 0 }));
        Assert.That(stork.Scores.Select(s => s.Host), Is.EqualTo(Nodes.Select(n => n.Name)));
        Assert.That(stork.Scores[3].Reasons, Is.EqualTo(new[] { stork.Summary }));
        Assert.That(stork.Placements, Is.Empty);
    }

    [Test]
    public void Prioritize_DisableHyperconvergenceNotAGoBoolean_ScoresLocality()
    {
        var options = Annotated(AnnotationKeys.DisableHyperconvergence, "yes");

        var result = PlacementScorer.Prioritize(Request(new VolumeLookup.Ready([Volume("a", ["s1"])]), options: options), ScoreScale.Stork, false);

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 100, 50, 25, 0 }));
        Assert.That(options.MalformedKeys, Is.EqualTo(new[] { AnnotationKeys.DisableHyperconvergence }));
    }

    [TestCase(StorageNodeStatus.Online, 100)]
    [TestCase(StorageNodeStatus.StorageDown, 25)]
    [TestCase(StorageNodeStatus.Degraded, 5)]
    [TestCase(StorageNodeStatus.Offline, 5)]
    public void Prioritize_ReplicaNodeStatus_ScoredOnlyWhenUsable(StorageNodeStatus status, long score)
    {
        var result = PlacementScorer.Prioritize(Request(new VolumeLookup.Ready([Volume("a", ["s1", "s2"])]), Topology(status)), ScoreScale.Stork, false);

        Assert.That(result.Scores[0].Score, Is.EqualTo(score));
    }

    [TestCase(new[] { "s3" }, 50, 25, TestName = "Prioritize_StorageDownSameRack_HalfOfRack")]
    [TestCase(new[] { "s1" }, 25, 12, TestName = "Prioritize_StorageDownSameZone_HalfOfZoneTruncated")]
    public void Prioritize_StorageDownNode_HalfPointsTruncatedPerVolume(string[] replicas, long online, long storageDown)
    {
        var topology = StorageTopology.Build(
            [new("s1", "n1", "", [], StorageNodeStatus.Online), new("s3", "n3", "", [], StorageNodeStatus.Online), new("s4", "n4", "", [], StorageNodeStatus.StorageDown)],
            Nodes,
            AnnotationKeys.PortworxRack);

        var result = PlacementScorer.Prioritize(Request(new VolumeLookup.Ready([Volume("a", replicas)]), topology), ScoreScale.Stork, false);

        Assert.That(result.Scores[3].Score, Is.EqualTo(storageDown));
        Assert.That(ScoreTable.Points(ScoreScale.Stork, replicas[0] == "s3" ? PlacementLevel.Rack : PlacementLevel.Zone, false), Is.EqualTo(online));
    }

    [Test]
    public void Prioritize_NodeWithoutStorageDriver_ZeroOnceAVolumeIsScored()
    {
        var result = PlacementScorer.Prioritize(Request(Volume("a", ["s3"])), ScoreScale.Stork, explain: true);

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 25, 25, 100, 0 }));
        Assert.That(result.Scores[3].Reasons, Is.EqualTo(new[] { ScoreReasons.NotStorageNode }));
    }

    [Test]
    public void Prioritize_RemotePreferringVolume_StorageDownNonReplicaGetsNoBonusUnmatchedZero()
    {
        var request = Request(new VolumeLookup.Ready([Volume("shared", ["s1"], true)]), Topology(StorageNodeStatus.Online, StorageNodeStatus.StorageDown));

        var result = PlacementScorer.Prioritize(request, ScoreScale.Stork, false);

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 5, 5, 100, 0 }));
        Assert.That(result.Placements, Is.Empty);
        Assert.That(result.NonOptimum, Is.Empty);
    }

    [Test]
    public void Prioritize_PreferRemoteNodeFalse_ScoredAsHyperconverged()
    {
        var result = PlacementScorer.Prioritize(Request(Volume("shared", ["s1"], true, AnnotationKeys.PreferRemoteNode, "false")), ScoreScale.Stork, false);

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 100, 50, 25, 0 }));
    }

    [Test]
    public void Prioritize_ReplicaNodeNotRequested_NonOptimumNamesVolumeAndReplicas()
    {
        var request = Request(new VolumeLookup.Ready([Volume("a", ["s1"]), Volume("b", ["s3"])]), candidates: [Nodes[1], Nodes[2]]);

        var result = PlacementScorer.Prioritize(request, ScoreScale.Stork, false);

        Assert.That(result.Placements, Is.EqualTo(new[] { new VolumePlacement("PVC default/a", PlacementLevel.Rack), new VolumePlacement("PVC default/b", PlacementLevel.Replica) }));
        Assert.That(result.NonOptimum, Is.EqualTo(new[] { new NonOptimumVolume("PVC default/a", "n1 (Online)") }));
    }

    [Test]
    public void Prioritize_Explain_ReasonsPerVolume()
    {
        var request = Request(new VolumeLookup.Ready([Volume("a", ["s1"]), Volume("b", ["s3"])]), Topology(StorageNodeStatus.StorageDown));

        var scores = PlacementScorer.Prioritize(request, ScoreScale.Stork, explain: true).Scores;

        Assert.That(scores[0].Reasons, Is.EqualTo(new[] { "PVC default/a: replica on this node, storage down (+25)", "PVC default/b: same zone as a replica, storage down (+12)" }));
        Assert.That(scores[1].Reasons, Is.EqualTo(new[] { "PVC default/a: same rack as a replica (+50)", "PVC default/b: same zone as a replica (+25)" }));
    }

    [Test]
    public void Prioritize_NotExplaining_NoReasons() =>
        Assert.That(PlacementScorer.Prioritize(Request(Volume("a", ["s1"])), ScoreScale.Stork, false).Scores.Select(s => s.Reasons), Has.All.Empty);
}
