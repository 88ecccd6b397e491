using Stork.Shared.Annotations;
using Stork.Shared.Storage;

namespace Stork.Scoring.Tests.Placement;

/// <summary>The filter half of libopenstorage/stork pkg/extender/extender_test.go: same cluster state,
/// same passing nodes (indexes into the request), null where Stork answers with an error.</summary>
internal sealed class StorkFilterParityTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Filter_NoPVC_AllNodesPass", StorkClusters.SameRack3(), [0, 1, 2]);
        yield return Case("Filter_NoDriverVolume_AllNodesPass", StorkClusters.SameRack3(), [0, 1, 2]);
        yield return Case("Filter_WFFCVolume_AllNodesPass", StorkClusters.SameRack3().Volume("WFFCVol", []), [0, 1, 2]);
        yield return Case("Filter_WFFCMultiVolume_AllNodesPass", StorkClusters.WffcMulti(), [0, 1, 2]);
        yield return Case("Filter_NoVolumeNode_AllRequestNodesPass", StorkClusters.NoVolumeNode(), [0, 1, 2]);
        yield return Case("Filter_NoDriverNode_CannotSchedule", StorkClusters.NoDriverNode(), null);
        yield return Case("Filter_SingleVolume_AllNodesPass", StorkClusters.SingleVolume(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_MultipleVolume_AllNodesPass", StorkClusters.MultipleVolume(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_MultipleVolumeSkip_AllNodesPass", StorkClusters.MultipleVolumeSkip(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_MultipleVolumeStorageDown_AllNodesPass", StorkClusters.MultipleVolumeStorageDown(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_DriverNodeErrorState_OfflineNodeDropped", StorkClusters.DriverNodeErrorState(), [1, 2, 3, 4]);
        yield return Case("Filter_Zone_AllNodesPass", StorkClusters.Zone(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_ZoneStorageDownNode_AllNodesPass", StorkClusters.ZoneStorageDown(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_Region_AllNodesPass", StorkClusters.Region(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_RegionStorageDownNode_AllNodesPass", StorkClusters.RegionStorageDown(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_NodeName_AllNodesPass", StorkClusters.NodeName(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_Ip_AllNodesPass", StorkClusters.Ip(), [0, 1, 2, 3, 4]);
        yield return Case("Filter_NoReplicas_CannotSchedule", StorkClusters.NoReplicas(), null);
        yield return Case("Filter_PreferLocalNode_WithoutAnnotationRemoteNodesPass", StorkClusters.PreferLocalNode(), [0, 1]);
        yield return Case(
            "Filter_PreferLocalNode_WithAnnotationCannotSchedule",
            StorkClusters.PreferLocalNode().Annotate(AnnotationKeys.PreferLocalNodeOnly, "true"),
            null);
        yield return Case(
            "Filter_PreferRemoteNodeOnlyIgnoredForHyperConvergedVolumes_AllNodesPass",
            StorkClusters.Zoned6().Volume("v", [0, 1, 2], false, AnnotationKeys.PreferRemoteNodeOnly, "true"),
            [0, 1, 2, 3, 4, 5]);
        yield return Case(
            "Filter_PreferRemoteNodeOnlyFailedScheduling_CannotSchedule",
            StorkClusters.SameRack3().Volume("v", [0, 1, 2], true, AnnotationKeys.PreferRemoteNodeOnly, "true"),
            null);
        yield return Case("Filter_PreferRemoteNodeOnlyAntiHyperConvergence_RemoteNodesPass", StorkClusters.RemoteOnly(), [3, 4, 5]);
        yield return Case(
            "Filter_PreferRemoteNodeOnlyAntiHyperConvergence_OfflineRemoteNodeDropped",
            StorkClusters.RemoteOnly().Status(3, StorageNodeStatus.Offline),
            [4, 5]);
        yield return Case(
            "Filter_PreferRemoteNodeOnlyAntiHyperConvergence_StorageDownRemoteNodesPass",
            StorkClusters.RemoteOnly().Status(3, StorageNodeStatus.Offline)
                .Status(4, StorageNodeStatus.StorageDown).Status(5, StorageNodeStatus.StorageDown),
            [4, 5]);
        yield return Case("Filter_AntiHyperConvergence_AllNodesPass", StorkClusters.AntiHyperconvergence(), [0, 1, 2, 3, 4, 5]);
        yield return Case(
            "Filter_OfflineNodesAntiHyperConvergence_OfflineNodesDropped",
            StorkClusters.AntiHyperconvergence().Status(0, StorageNodeStatus.Offline).Status(3, StorageNodeStatus.Offline),
            [1, 2, 4, 5]);
        yield return Case("Filter_MultiVolumeAntiHyperConvergence_AllNodesPass", StorkClusters.MultiVolumeAnti(), [0, 1, 2, 3, 4, 5]);
        yield return Case("Filter_MultiVolume2AntiHyperConvergence_AllNodesPass", StorkClusters.MultiVolume2Anti(), [0, 1, 2, 3, 4, 5]);
        yield return Case(
            "Filter_MultiVolume3PreferRemoteOnlyAntiHyperConvergence_RemoteNodesPass",
            StorkClusters.MultiVolume3RemoteOnly(),
            [3, 4, 5]);
        yield return Case("Filter_MultiVolumeSkipHyperConvergedVolumesScoring_AllNodesPass", StorkClusters.SkipHyperconverged(), [0, 1, 2, 3, 4, 5]);
        yield return Case("Filter_MultiVolumeSkipAllVolumeScoring_AllNodesPass", StorkClusters.SkipAll(), [0, 1, 2, 3, 4, 5]);
        yield return Case(
            "Filter_MultiVolumeWithStorageDownNodesAntiHyperConvergence_AllNodesPass",
            StorkClusters.MultiVolumeAntiStorageDown(),
            [0, 1, 2, 3, 4, 5]);
        yield return Case("Filter_DisableHyperConvergence_AllNodesPass", StorkClusters.DisableHyperconvergence(), [0, 1, 2, 3, 4, 5]);
        yield return Case(
            "Filter_PreferLocalNodeWithHyperConvergedVolumes_ReplicaNodesPass",
            StorkClusters.Zoned6().Volume("v", [0, 1, 2]).Annotate(AnnotationKeys.PreferLocalNodeOnly, "true"),
            [0, 1, 2]);
        yield return Case(
            "Filter_PreferLocalNodeIgnoredWithAntiHyperConvergence_AllNodesPass",
            StorkClusters.Zoned6().Volume("v", [0, 1, 2], true).Annotate(AnnotationKeys.PreferLocalNodeOnly, "true"),
            [0, 1, 2, 3, 4, 5]);
    }

    [TestCaseSource(nameof(Cases))]
    public int[]? Filter_StorkScenario_SameNodesPass(StorkCluster cluster) => cluster.FilterIndexes();

    private static TestCaseData Case(string name, StorkCluster cluster, int[]? passing) =>
        new TestCaseData(cluster).Returns(passing).SetName(name);
}
