using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using static Stork.Scoring.Tests.Placement.PlacementFixture;

namespace Stork.Scoring.Tests.Placement;

internal sealed class PlacementFilterPreferenceTests
{
    private const string RemoteOnly = AnnotationKeys.PreferRemoteNodeOnly;
    private const string Remote = AnnotationKeys.PreferRemoteNode;

    [Test]
    public void Filter_PreferLocalNodeOnly_KeepsNodesHoldingEveryHyperconvergedVolume()
    {
        var request = Request(
            new VolumeLookup.Ready([Volume("a", ["s1", "s2"]), Volume("b", ["s2", "s3"]), Volume("shared", ["s3"], true)]),
            options: Annotated(AnnotationKeys.PreferLocalNodeOnly, "true"));

        var result = PlacementFilter.Filter(request);

        Assert.That(result.Passed, Is.EqualTo(new[] { "n2" }));
        Assert.That(
            result.Failed["n1"],
            Is.EqualTo("Pod annotation preferLocalNodeOnly: this node holds no replica of PVC default/b (replicas on n2 (Online), n3 (Online))"));
    }

    [TestCase("yes", TestName = "Filter_PreferLocalNodeOnlyNotAGoBoolean_CountsAsFalse")]
    [TestCase("false", TestName = "Filter_PreferLocalNodeOnlyFalse_RemoteNodesPass")]
    public void Filter_PreferLocalNodeOnlyOff_RemoteNodesPass(string value)
    {
        var options = Annotated(AnnotationKeys.PreferLocalNodeOnly, value);

        var result = PlacementFilter.Filter(Request(new VolumeLookup.Ready([Volume("a", ["s1"])]), options: options));

        Assert.That(result.Passed, Is.EqualTo(new[] { "n1", "n2", "n3" }));
    }

    [TestCase("true", "true", new[] { "n2", "n3" }, TestName = "Filter_RemoteOnlyVolume_ReplicaNodesDropped")]
    [TestCase(null, "true", new[] { "n2", "n3" }, TestName = "Filter_RemoteOnlyVolumePreferRemoteDefault_ReplicaNodesDropped")]
    [TestCase("false", "true", new[] { "n1", "n2", "n3" }, TestName = "Filter_PreferRemoteNodeFalse_RemoteOnlyIgnored")]
    [TestCase("true", "false", new[] { "n1", "n2", "n3" }, TestName = "Filter_PreferRemoteNodeOnlyFalse_ReplicaNodesKept")]
    [TestCase("true", "bad", new[] { "n1", "n2", "n3" }, TestName = "Filter_PreferRemoteNodeOnlyNotAGoBoolean_CountsAsFalse")]
    public void Filter_AntiHyperconvergenceVolume_RemoteOnlyWhenBothLabelsSay(string? remote, string remoteOnly, string[] passing)
    {
        var labels = remote is null ? new[] { RemoteOnly, remoteOnly } : [Remote, remote, RemoteOnly, remoteOnly];

        var result = PlacementFilter.Filter(Request(Volume("shared", ["s1"], true, labels)));

        Assert.That(result.Passed, Is.EqualTo(passing));
    }

    [Test]
    public void Filter_RemoteOnlyReplicaNode_ReasonNamesVolumeAndReplicas()
    {
        var result = PlacementFilter.Filter(Request(Volume("shared", ["s1"], true, RemoteOnly, "true")));

        Assert.That(
            result.Failed["n1"],
            Is.EqualTo("StorageClass parameter preferRemoteNodeOnly: this node holds a replica of PVC default/shared (replicas on n1 (Online))"));
    }

    private static IEnumerable<TestCaseData> NoNodeLeft()
    {
        var local = Annotated(AnnotationKeys.PreferLocalNodeOnly, "true");
        yield return new TestCaseData(
                new VolumeLookup.Ready([Volume("a", ["s1"]), Volume("shared", ["s2", "s3"], true, RemoteOnly, "true")]),
                local,
                new[] { "n2", "n3" },
                "No nodes exist that can enforce Pod annotation preferLocalNodeOnly and StorageClass parameter preferRemoteNodeOnly together: "
                + "PVC default/a (replicas on n1 (Online)); PVC default/shared (replicas on n2 (Online), n3 (Online))")
            .SetName("Filter_PreferLocalAndRemoteOnlyConflict_StorkMessageWithVolumes");
        yield return new TestCaseData(
                new VolumeLookup.Ready([Volume("a", ["s1"])]),
                local,
                new[] { "n2", "n3" },
                "No nodes with volume replica available: PVC default/a (replicas on n1 (Online))")
            .SetName("Filter_PreferLocalReplicaNodeNotRequested_StorkMessageWithVolume");
        yield return new TestCaseData(
                new VolumeLookup.Ready([Volume("shared", ["s1", "s2"], true, RemoteOnly, "true")]),
                PodSchedulingOptions.None,
                new[] { "n1", "n2" },
                "No nodes exist that can enforce StorageClass parameter preferRemoteNodeOnly: PVC default/shared (replicas on n1 (Online), n2 (Online))")
            .SetName("Filter_RemoteOnlyEveryNodeHoldsReplica_StorkMessageWithVolume");
        yield return new TestCaseData(new VolumeLookup.Ready([Volume("a", ["s1"])]), PodSchedulingOptions.None, new[] { "n4" }, "No node found with storage driver")
            .SetName("Filter_NoCandidateRunsStorageDriver_StorkMessage");
    }

    [TestCaseSource(nameof(NoNodeLeft))]
    public void Filter_NoNodeLeft_CannotScheduleWithStorkReason(VolumeLookup volumes, PodSchedulingOptions options, string[] request, string reason)
    {
        var candidates = Nodes.Where(n => request.Contains(n.Name)).ToArray();

        var result = PlacementFilter.Filter(Request(volumes, options: options, candidates: candidates));

        Assert.That(result.Outcome, Is.EqualTo(FilterOutcome.CannotSchedule));
        Assert.That(result.Reason, Is.EqualTo(reason));
        Assert.That(result.Failed.Keys, Is.EquivalentTo(request));
        Assert.That(result.Failed.Values, Has.None.Empty);
    }
}
