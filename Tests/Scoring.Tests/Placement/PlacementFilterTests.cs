using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;
using static Stork.Scoring.Tests.Placement.PlacementFixture;

namespace Stork.Scoring.Tests.Placement;

internal sealed class PlacementFilterTests
{
    private static IEnumerable<TestCaseData> Rejections()
    {
        yield return new TestCaseData(new VolumeLookup.MissingClaim("default/gone"), "Unable to find PVC default/gone")
            .SetName("Filter_MissingClaim_CannotSchedule");
        yield return new TestCaseData(new VolumeLookup.RestoreInProgress("default/data"), "Volume restore is in progress for pvc: default/data")
            .SetName("Filter_RestoreInProgress_CannotSchedule");
        yield return new TestCaseData(new VolumeLookup.PendingClaim("default/new"), "Waiting for PVC to be bound: default/new")
            .SetName("Filter_PendingImmediateClaim_CannotSchedule");
    }

    [TestCaseSource(nameof(Rejections))]
    public void Filter_ClaimProblem_EveryNodeFailedWithReason(VolumeLookup lookup, string reason)
    {
        var result = PlacementFilter.Filter(Request(lookup));

        Assert.That(result.Outcome, Is.EqualTo(FilterOutcome.CannotSchedule));
        Assert.That(result.Passed, Is.Empty);
        Assert.That(result.Failed.Keys, Is.EquivalentTo(Nodes.Select(n => n.Name)));
        Assert.That(result.Failed.Values, Has.All.StartsWith(reason));
        Assert.That(result.Reason, Does.StartWith(reason));
    }

    [Test]
    public void Filter_ClaimLookupFailed_EveryNodePasses()
    {
        var result = PlacementFilter.Filter(Request(new VolumeLookup.LookupFailed("deadline exceeded")));

        Assert.That(result.Outcome, Is.EqualTo(FilterOutcome.DriverUnavailable));
        Assert.That(result.Passed, Is.EqualTo(Nodes.Select(n => n.Name)));
    }

    [Test]
    public void Filter_NoDriverVolumes_UnschedulableNodePassesToo()
    {
        var request = Request(new VolumeLookup.Ready([]), candidates: [Unschedulable(Nodes[0]), Nodes[1]]);

        var result = PlacementFilter.Filter(request);

        Assert.That(result.Outcome, Is.EqualTo(FilterOutcome.NoDriverVolumes));
        Assert.That(result.Passed, Is.EqualTo(new[] { "n1", "n2" }));
    }

    [Test]
    public void Filter_UnschedulableAnnotation_NodeDropped()
    {
        var request = Request(new VolumeLookup.Ready([Volume("a", ["s1"])]), candidates: [Unschedulable(Nodes[0]), Nodes[1]]);

        var result = PlacementFilter.Filter(request);

        Assert.That(result.Passed, Is.EqualTo(new[] { "n2" }));
        Assert.That(result.Failed["n1"], Does.Contain(AnnotationKeys.OperatorUnschedulable));
    }

    /// <summary>Issue 11: NodeNames candidates are read by their slot in the list the topology was built over.</summary>
    [Test]
    public void Filter_UnschedulableAnnotation_NodeDroppedWhenReadBySlot()
    {
        KubeNodeInfo[] cached = [Unschedulable(Nodes[0]), Nodes[1], Nodes[2]];
        var request = Request(new VolumeLookup.Ready([Volume("a", ["s1"])]), TopologyOver(cached), candidates: new SlottedCandidates(cached, [1, 0]));

        var result = PlacementFilter.Filter(request);

        Assert.That(result.Passed, Is.EqualTo(new[] { "n2" }));
        Assert.That(result.Failed["n1"], Does.Contain(AnnotationKeys.OperatorUnschedulable));
    }

    /// <summary>Issue 11: slotted over another node list than the topology's (a node changed between decoding and
    /// deciding), the candidates are read from their own node objects.</summary>
    [Test]
    public void Filter_SlottedOverAnotherList_ReadFromTheNodes()
    {
        KubeNodeInfo[] newer = [Unschedulable(Nodes[0]), Nodes[1], Nodes[2]];
        var request = Request(new VolumeLookup.Ready([Volume("a", ["s1"])]), TopologyOver([.. Nodes]), candidates: new SlottedCandidates(newer, [1, 0]));

        var result = PlacementFilter.Filter(request);

        Assert.That(result.Passed, Is.EqualTo(new[] { "n2" }));
        Assert.That(result.Failed["n1"], Does.Contain(AnnotationKeys.OperatorUnschedulable));
    }

    private static StorageTopology TopologyOver(KubeNodeInfo[] nodes) => StorageTopology.Build(
        [new("s1", "n1", "", [], StorageNodeStatus.Online), new("s2", "n2", "", [], StorageNodeStatus.Online)], nodes, AnnotationKeys.PortworxRack);

    [Test]
    public void Filter_StorageNodesUnavailable_SchedulableNodesPass()
    {
        var request = Request(new VolumeLookup.Ready([Volume("a", ["s1"])]), candidates: [Unschedulable(Nodes[0]), Nodes[1], Nodes[3]])
            with { Storage = DriverResult<StorageTopology>.Fail("connection refused") };

        var result = PlacementFilter.Filter(request);

        Assert.That(result.Outcome, Is.EqualTo(FilterOutcome.DriverUnavailable));
        Assert.That(result.Passed, Is.EqualTo(new[] { "n2", "n4" }));
        Assert.That(result.Failed.Keys, Is.EqualTo(new[] { "n1" }));
    }

    [Test]
    public void Filter_WindowsVolume_AllSchedulableNodesPassEvenWithOfflineReplicas()
    {
        var request = Request(
            new VolumeLookup.Ready([Volume("a", ["s1"]), Volume("win", ["s1"], false, AnnotationKeys.WindowsShare, "true")]),
            Topology(StorageNodeStatus.Offline));

        var result = PlacementFilter.Filter(request);

        Assert.That(result.Outcome, Is.EqualTo(FilterOutcome.WindowsVolume));
        Assert.That(result.Passed, Is.EqualTo(Nodes.Select(n => n.Name)));
    }

    [TestCase(StorageNodeStatus.StorageDown, TestName = "Filter_ReplicasOnlyOnStorageDownNode_CannotSchedule")]
    [TestCase(StorageNodeStatus.Degraded, TestName = "Filter_ReplicasOnlyOnDegradedNode_CannotSchedule")]
    [TestCase(StorageNodeStatus.Offline, TestName = "Filter_ReplicasOnlyOnOfflineNode_CannotSchedule")]
    public void Filter_NoReplicaOnOnlineNode_CannotScheduleNamingReplicaStates(StorageNodeStatus status)
    {
        var result = PlacementFilter.Filter(Request(new VolumeLookup.Ready([Volume("a", ["s1"])]), Topology(status)));

        Assert.That(result.Outcome, Is.EqualTo(FilterOutcome.CannotSchedule));
        Assert.That(result.Reason, Is.EqualTo($"No online node found with volume replica: PVC default/a (replicas on n1 ({status}))"));
        Assert.That(result.Failed, Has.Count.EqualTo(Nodes.Length));
    }

    [Test]
    public void Filter_ReplicaOnUnknownStorageNode_CannotSchedule()
    {
        var result = PlacementFilter.Filter(Request(Volume("a", ["gone"])));

        Assert.That(result.Reason, Does.Contain("gone (not in the storage cluster)"));
    }

    [TestCase(StorageNodeStatus.Online, true)]
    [TestCase(StorageNodeStatus.StorageDown, true)]
    [TestCase(StorageNodeStatus.Degraded, false)]
    [TestCase(StorageNodeStatus.Offline, false)]
    public void Filter_CandidateStorageNodeStatus_OnlyOnlineOrStorageDownPass(StorageNodeStatus status, bool passes)
    {
        var result = PlacementFilter.Filter(Request(new VolumeLookup.Ready([Volume("a", ["s2"])]), Topology(status)));

        Assert.That(result.Passed.Contains("n1"), Is.EqualTo(passes));
        Assert.That(result.Failed.GetValueOrDefault("n4"), Is.EqualTo(FilterReasons.NotStorageNode));
    }

    [Test]
    public void Filter_PendingWaitForFirstConsumerVolume_StorageNodesPass()
    {
        var result = PlacementFilter.Filter(Request(Volume("wffc", [])));

        Assert.That(result.Passed, Is.EqualTo(new[] { "n1", "n2", "n3" }));
    }
}
