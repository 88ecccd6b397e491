using Stork.Scoring.Hyperconvergence;
using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;
using static Stork.Scoring.Tests.Placement.PlacementFixture;

namespace Stork.Scoring.Tests.Hyperconvergence;

/// <summary>The placement rules over <see cref="Stork.Scoring.Tests.Placement.PlacementFixture"/>: n1, n2 in rack r1,
/// n3 in r2 (storage nodes s1..s3), n4 in r2 without storage.</summary>
internal sealed class PlacementClassifierTests
{
    [TestCase("n1", PodPlacement.Hyperconverged, PlacementLevel.Replica)]
    [TestCase("n2", PodPlacement.Remote, PlacementLevel.Rack)]
    [TestCase("n3", PodPlacement.Remote, PlacementLevel.Zone)]
    [TestCase("n4", PodPlacement.Remote, PlacementLevel.Zone)]
    public void Classify_OneVolumeOnS1_PlacementAndLevelByNode(string node, PodPlacement placement, PlacementLevel level)
    {
        var verdict = Classify(node, Volume("a", ["s1"]))!;

        Assert.That(verdict.Placement, Is.EqualTo(placement));
        Assert.That(verdict.Volumes.Single().Level, Is.EqualTo(level));
        Assert.That(verdict.Volumes.Single().Replicas, Is.EqualTo("n1 (Online)"));
    }

    [Test]
    public void Classify_OneOfTwoVolumesLocal_Partial()
    {
        var verdict = Classify("n1", Volume("a", ["s1"]), Volume("b", ["s3"]))!;

        Assert.That(verdict.Placement, Is.EqualTo(PodPlacement.Partial));
        Assert.That(verdict.Volumes.Select(v => v.Level), Is.EqualTo(new[] { PlacementLevel.Replica, PlacementLevel.Zone }));
    }

    [Test]
    public void Classify_SkippedAndRemotePreferringVolumesNotRated()
    {
        var verdict = Classify("n1", Volume("a", ["s1"]), Volume("skip", ["s3"], false, "stork.libopenstorage.org/skipSchedulerScoring", "true"));

        Assert.That(verdict!.Volumes.Select(v => v.Volume), Is.EqualTo(new[] { "PVC default/a" }));
        Assert.That(verdict.Placement, Is.EqualTo(PodPlacement.Hyperconverged));
    }

    [Test]
    public void Classify_NoDriverVolumes_NotRated() => Assert.That(Classify("n1"), Is.Null);

    [Test]
    public void Classify_VolumeWithoutReplicas_Unknown() =>
        Assert.That(Classify("n1", Volume("a", []))!.Placement, Is.EqualTo(PodPlacement.Unknown));

    [Test]
    public void Classify_ReplicaOnUnknownStorageNode_Unknown() =>
        Assert.That(Classify("n1", Volume("a", ["gone"]))!.Placement, Is.EqualTo(PodPlacement.Unknown));

    [Test]
    public void Classify_DriverDown_UnknownWithItsError()
    {
        var verdict = PlacementClassifier.Classify(
            new VolumeLookup.Ready([Volume("a", ["s1"])]), DriverResult<StorageTopology>.Fail("sdk down"), Nodes[0], AnnotationKeys.PortworxRack)!;

        Assert.That(verdict.Placement, Is.EqualTo(PodPlacement.Unknown));
        Assert.That(verdict.Reason, Is.EqualTo("sdk down"));
    }

    [Test]
    public void Classify_ClaimMissing_Unknown() =>
        Assert.That(PlacementClassifier.Classify(
            new VolumeLookup.MissingClaim("default/x"), DriverResult<StorageTopology>.Ok(Topology()), Nodes[0], AnnotationKeys.PortworxRack)!.Placement,
            Is.EqualTo(PodPlacement.Unknown));

    [TestCase("n2", false)]
    [TestCase("n3", true)]
    public void LeavesRack_OnlyBelowRackLevel(string node, bool warned) =>
        Assert.That(Classify(node, Volume("a", ["s1"]))!.LeavesRack, Is.EqualTo(warned));

    [Test]
    public void Describe_NamesNodeVolumeLevelReplicasAndBestLevel() =>
        Assert.That(Classify("n3", Volume("a", ["s1"]), Volume("b", ["s2"]))!.Describe("n3"), Is.EqualTo(
            "Pod runs on n3, away from its data: PVC default/a reaches zone (replicas on n1 (Online)); "
            + "PVC default/b reaches zone (replicas on n2 (Online)); best level zone"));

    private static PlacementVerdict? Classify(string node, params PodVolume[] volumes) => PlacementClassifier.Classify(
        new VolumeLookup.Ready(volumes), DriverResult<StorageTopology>.Ok(Topology()), Nodes.Single(n => n.Name == node), AnnotationKeys.PortworxRack);
}
