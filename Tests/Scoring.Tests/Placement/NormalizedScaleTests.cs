using Stork.Scoring.Placement;
using Stork.Shared.Storage;
using static Stork.Scoring.Tests.Placement.PlacementFixture;

namespace Stork.Scoring.Tests.Placement;

/// <summary><c>--score-scale normalized</c>: node 10, rack 6, zone 3, region 1, default 0, averaged over the
/// scored volumes (plus one component for remote-preferring volumes), rounded half up.</summary>
internal sealed class NormalizedScaleTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("SingleVolume_ReplicaRackZone", Request(Volume("a", ["s1"])), [10, 6, 3, 0]);
        yield return Case(
            "TwoVolumes_AveragedRoundedHalfUp",
            Request(Volume("a", ["s1"]), Volume("b", ["s3"])),
            [7, 5, 7, 0]);
        yield return Case(
            "StorageDownReplica_ThreeLikeAnOnlineZone",
            Request(new VolumeLookup.Ready([Volume("a", ["s1", "s3"])]), Topology(StorageNodeStatus.StorageDown)),
            [3, 6, 10, 0]);
        yield return Case(
            "RemotePreferringWithRegularVolume_ReplicaHolderDefaultOthersAveraged",
            Request(Volume("shared", ["s1"], true), Volume("a", ["s2"])),
            [0, 10, 7, 0]);
        yield return Case("RemotePreferringOnly_NonReplicaNodesTen", Request(Volume("shared", ["s1"], true)), [0, 10, 10, 0]);
        yield return Case(
            "OfflineStorageNode_DefaultZero",
            Request(new VolumeLookup.Ready([Volume("a", ["s1"])]), Topology(StorageNodeStatus.Online, StorageNodeStatus.Online, StorageNodeStatus.Offline)),
            [10, 6, 0, 0]);
    }

    [TestCaseSource(nameof(Cases))]
    public long[] Prioritize_Normalized_AveragedTenPointScale(PlacementRequest request) =>
        [.. PlacementScorer.Prioritize(request, ScoreScale.Normalized, explain: false).Scores.Select(s => s.Score)];

    [Test]
    public void Prioritize_NormalizedAndStork_SameOrdering()
    {
        var request = Request(Volume("a", ["s1"]), Volume("b", ["s1", "s3"]));

        var stork = PlacementScorer.Prioritize(request, ScoreScale.Stork, false).Scores.Select(s => s.Score).ToArray();
        var normalized = PlacementScorer.Prioritize(request, ScoreScale.Normalized, false).Scores.Select(s => s.Score).ToArray();

        Assert.That(stork, Is.EqualTo(new long[] { 200, 100, 125, 0 }));
        Assert.That(normalized, Is.EqualTo(new long[] { 10, 6, 7, 0 }));
    }

    [Test]
    public void Prioritize_NormalizedExplain_ShowsTenthsAndAverage()
    {
        var request = Request(new VolumeLookup.Ready([Volume("a", ["s1"]), Volume("b", ["s3"])]), Topology(StorageNodeStatus.StorageDown));

        var reasons = PlacementScorer.Prioritize(request, ScoreScale.Normalized, explain: true).Scores[0].Reasons;

        Assert.That(reasons, Is.EqualTo(new[]
        {
            "PVC default/a: replica on this node, storage down (+3)",
            "PVC default/b: same zone as a replica, storage down (+1.5)",
            "Average of 2 component(s): 2.25, rounded to 2",
        }));
    }

    [TestCase(PlacementLevel.Replica, false, 100)]
    [TestCase(PlacementLevel.Rack, false, 60)]
    [TestCase(PlacementLevel.Zone, false, 30)]
    [TestCase(PlacementLevel.Region, false, 10)]
    [TestCase(PlacementLevel.None, false, 0)]
    [TestCase(PlacementLevel.Replica, true, 30)]
    [TestCase(PlacementLevel.Rack, true, 30)]
    [TestCase(PlacementLevel.Zone, true, 15)]
    [TestCase(PlacementLevel.Region, true, 5)]
    public void Points_Normalized_TenthsPreserveStorkOrdering(PlacementLevel level, bool storageDown, int tenths) =>
        Assert.That(ScoreTable.Points(ScoreScale.Normalized, level, storageDown), Is.EqualTo(tenths));

    [TestCase(PlacementLevel.Replica, false, 100)]
    [TestCase(PlacementLevel.Rack, false, 50)]
    [TestCase(PlacementLevel.Zone, false, 25)]
    [TestCase(PlacementLevel.Region, false, 10)]
    [TestCase(PlacementLevel.None, false, 0)]
    [TestCase(PlacementLevel.Replica, true, 25)]
    [TestCase(PlacementLevel.Rack, true, 25)]
    [TestCase(PlacementLevel.Zone, true, 12)]
    [TestCase(PlacementLevel.Region, true, 5)]
    [TestCase(PlacementLevel.None, true, 0)]
    public void Points_Stork_StorkConstants(PlacementLevel level, bool storageDown, int points) =>
        Assert.That(ScoreTable.Points(ScoreScale.Stork, level, storageDown), Is.EqualTo(points));

    private static TestCaseData Case(string name, PlacementRequest request, long[] scores) =>
        new TestCaseData(request).Returns(scores).SetName("Prioritize_Normalized" + name);
}
