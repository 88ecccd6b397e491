using Stork.Shared.Annotations;
using Stork.Shared.Storage;
using static Stork.Scoring.Tests.Placement.StorkCluster;

namespace Stork.Scoring.Tests.Placement;

/// <summary>The cluster states of Stork's extender tests, one factory per Stork test (fresh each call).</summary>
internal static class StorkClusters
{
    private const string Skip = AnnotationKeys.SkipSchedulerScoring;

    public static StorkCluster SameRack3() =>
        Simple(("rack1", "a", "us-east-1"), ("rack1", "a", "us-east-1"), ("rack1", "a", "us-east-1"));

    public static StorkCluster WffcMulti() => SameRack3().Volume("WFFCVol1", []).Volume("normalVol", [1]);

    public static StorkCluster NoVolumeNode() =>
        new StorkCluster(Numbered(3, "rack1"), Numbered(4, "rack3"), Numbered(5, "rack4"), Numbered(1, "rack1"), Numbered(2, "rack2"))
            .Volume("noVolumeNode", [0, 1]).Request(0, 1, 2);

    public static StorkCluster NoDriverNode() =>
        new StorkCluster(Numbered(4, "rack3"), Numbered(5, "rack4"), Numbered(1, "rack1"), Numbered(2, "rack2"), Numbered(3, "rack1"))
            .StorageNodes(3).Volume("noDriverNode", [0, 1]).Request(0, 1);

    public static StorkCluster SingleVolume() => Domain().Volume("singleVolume", [0, 1]);

    public static StorkCluster MultipleVolume() => Racks12312().Volume("volume1", [0, 1]).Volume("volume2", [1, 2]);

    public static StorkCluster MultipleVolumeSkip() =>
        Racks12312().Volume("included-volume", [0, 1]).Volume("excluded-volume", [1, 2], false, Skip, "true");

    public static StorkCluster MultipleVolumeStorageDown() =>
        Racks12312().Volume("vol1", [0, 1]).Volume("vol2", [1, 2]).Status(2, StorageNodeStatus.StorageDown);

    public static StorkCluster DriverNodeErrorState() =>
        Domain().Volume("driverNodeErrorTest", [0, 1]).Status(0, StorageNodeStatus.Offline);

    public static StorkCluster Zone() =>
        Simple(("rack1", "a", ""), ("rack2", "a", ""), ("rack1", "b", ""), ("rack2", "b", ""), ("rack1", "c", ""))
            .Volume("zoneVolume1", [0, 1]).Volume("zoneVolume2", [1, 2]);

    public static StorkCluster ZoneStorageDown() => Zone().Status(0, StorageNodeStatus.StorageDown);

    public static StorkCluster Region() =>
        new StorkCluster(
                Node("node11", "node1", "192.168.0.1", "rack1", "a", "us-east-1"),
                Node("node21", "node2", "192.168.0.2", "rack2", "a", "us-east-1"),
                Node("node31", "node3", "192.168.0.3", "rack1", "b", "us-east-1"),
                Node("node41", "node4", "192.168.0.4", "rack2", "b", "us-east-2"),
                Node("node51", "node5", "192.168.0.5", "rack1", "c", "us-east-2"))
            .Volume("regionVolume1", [0, 1]).Volume("regionVolume2", [1, 2]);

    public static StorkCluster RegionStorageDown() =>
        new StorkCluster(
                Node("node11", "node1", "192.168.0.1", "rack1", "a", "us-east-1"),
                Node("node21", "node2", "192.168.0.2", "rack2", "c", "us-east-1"),
                Node("node31", "node3", "192.168.0.3", "rack1", "b", "us-east-1"),
                Node("node41", "node4", "192.168.0.4", "rack2", "b", "us-east-2"),
                Node("node51", "node5", "192.168.0.5", "rack1", "c", "us-east-2"))
            .Volume("regionVol1", [0, 1]).Volume("regionVol2", [1, 2]).Status(2, StorageNodeStatus.StorageDown);

    public static StorkCluster NodeName() =>
        new StorkCluster([.. Racks(["rack1", "rack2", "rack1", "rack2", "rack3"])
                .Select((rack, i) => Node("node" + (i + 1), "192.168.0." + (i + 1), "192.168.0." + (i + 1), rack))])
            .Volume("nodeNameTest", [0, 1]);

    public static StorkCluster Ip() =>
        new StorkCluster([.. Racks(["rack1", "rack2", "rack1", "rack2", "rack3"])
                .Select((rack, i) => Node("n" + (i + 1), "n" + (i + 1), "192.168.0." + (i + 1), rack))])
            .Volume("ipTest", [0, 1]);

    public static StorkCluster NoReplicas() =>
        Simple(("rack1", "", ""), ("rack2", "", ""), ("rack1", "", ""))
            .Volume("noReplicasTest", [0]).Status(0, StorageNodeStatus.Offline).Request();

    public static StorkCluster PreferLocalNode() =>
        new StorkCluster(Numbered(2, "rack2"), Numbered(3, "rack1"), Numbered(1, "rack1"))
            .Volume("preferLocalNodeTest", [0]).Request(0, 1);

    public static StorkCluster Zoned6() =>
        Simple(("rack1", "a", "zone1"), ("rack1", "a", "zone1"), ("rack1", "a", "zone1"),
            ("rack2", "b", "zone2"), ("rack2", "b", "zone2"), ("rack2", "b", "zone2"));

    public static StorkCluster RemoteOnly() =>
        Zoned6().Volume("remoteOnly", [0, 1, 2], true, AnnotationKeys.PreferRemoteNodeOnly, "true");

    public static StorkCluster AntiHyperconvergence() => Zoned6().Volume("sharedV4Service", [0, 1, 2], true);

    public static StorkCluster MultiVolumeAnti() => SameRack6().Volume("regular", [0, 1, 2]).Volume("sharedV4Svc", [3, 4, 5], true);

    public static StorkCluster MultiVolume2Anti() =>
        Simple(("rack1", "a", "zone1"), ("rack1", "a", "zone1"), ("rack1", "a", "zone1"),
                ("rack1", "a", "zone1"), ("rack1", "a", "zone1"), ("rack2", "b", "zone2"))
            .Volume("regular", [0, 1, 2]).Volume("sharedV4Svc2", [2, 3, 4], true);

    public static StorkCluster MultiVolume3RemoteOnly() =>
        Zoned6().Volume("regular", [0, 1, 2]).Volume("sharedV4Svc3", [0, 1, 2], true, AnnotationKeys.PreferRemoteNodeOnly, "true");

    public static StorkCluster SkipHyperconverged() =>
        SameRack6().Volume("regular", [0, 1, 2], false, Skip, "true").Volume("sharedV4Svc", [3, 4, 5], true);

    public static StorkCluster SkipAll() =>
        SameRack6().Volume("regular", [0, 1, 2], false, Skip, "true").Volume("sharedV4Svc", [3, 4, 5], true, Skip, "true");

    public static StorkCluster MultiVolumeAntiStorageDown() => MultiVolumeAnti().Status(3, StorageNodeStatus.StorageDown);

    public static StorkCluster DisableHyperconvergence() =>
        Zoned6().Volume("v", [0, 1, 2], true)
            .Annotate(AnnotationKeys.PreferLocalNodeOnly, "true").Annotate(AnnotationKeys.DisableHyperconvergence, "true");

    private static StorkCluster SameRack6() =>
        Simple([.. Enumerable.Repeat(("rack1", "a", "zone1"), 6)]);

    private static StorkCluster Racks12312() =>
        Simple(("rack1", "", ""), ("rack2", "", ""), ("rack3", "", ""), ("rack1", "", ""), ("rack2", "", ""));

    private static StorkCluster Domain() =>
        new StorkCluster([.. Racks(["rack1", "rack2", "rack1", "rack2", "rack3"])
            .Select((rack, i) => Node("node" + (i + 1) + ".domain", "node" + (i + 1) + ".domain", "192.168.0." + (i + 1), rack))]);

    private static IEnumerable<string> Racks(string[] racks) => racks;

    private static Stork.Scoring.Placement.KubeNodeInfo Numbered(int i, string rack) =>
        Node("node" + i, "node" + i, "192.168.0." + i, rack);
}
