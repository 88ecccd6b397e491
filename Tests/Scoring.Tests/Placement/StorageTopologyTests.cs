using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;

namespace Stork.Scoring.Tests.Placement;

internal sealed class StorageTopologyTests
{
    private static readonly StorageNode Driver = new("px-1", "worker-1", "host-1", ["10.0.0.1", "10.1.0.1"], StorageNodeStatus.Online);

    [TestCase("worker-1", "", "", ExpectedResult = true, TestName = "Match_NameIsSchedulerName_Matches")]
    [TestCase("px-1", "", "", ExpectedResult = true, TestName = "Match_NameIsStorageId_Matches")]
    [TestCase("px-1.example.com", "", "", ExpectedResult = true, TestName = "Match_NameIsStorageIdDotDomain_Matches")]
    [TestCase("px-10", "", "", ExpectedResult = false, TestName = "Match_NameExtendsStorageIdWithoutDot_NoMatch")]
    [TestCase("k", "host-1", "", ExpectedResult = true, TestName = "Match_HostnameAddress_Matches")]
    [TestCase("k", "host-1.example.com", "", ExpectedResult = true, TestName = "Match_HostnameAddressWithDomain_Matches")]
    [TestCase("k", "host-10", "", ExpectedResult = false, TestName = "Match_HostnameAddressExtendsWithoutDot_NoMatch")]
    [TestCase("k", "", "10.1.0.1", ExpectedResult = true, TestName = "Match_InternalIpIsDataIp_Matches")]
    [TestCase("k", "", "10.0.0.2", ExpectedResult = false, TestName = "Match_OtherInternalIp_NoMatch")]
    [TestCase("host-1", "", "", ExpectedResult = false, TestName = "Match_NameIsOnlyTheStorageHostname_NoMatch")]
    public bool Match_KubernetesNode_StorkMatchingRules(string name, string hostname, string ip)
    {
        var topology = StorageTopology.Build([Driver], [], AnnotationKeys.PortworxRack);

        return topology.Match(Kube(name, hostname, ip)) == 0;
    }

    [Test]
    public void Match_ReinstalledNodeLeavesOfflineTwin_OnlineTwinWins()
    {
        var offline = Driver with { Id = "old", Status = StorageNodeStatus.Offline };
        var online = Driver with { Id = "new", SchedulerNodeName = "", Hostname = "" };
        var topology = StorageTopology.Build([offline, online], [], AnnotationKeys.PortworxRack);

        Assert.That(topology[topology.Match(Kube("worker-1", "host-1", "10.0.0.1"))].Node.Id, Is.EqualTo("new"));
    }

    [Test]
    public void Match_CachedNodeWithSameAddresses_UsesPrecomputedMatch()
    {
        var cached = Kube("worker-1", "", "");
        var topology = StorageTopology.Build([Driver], [cached], AnnotationKeys.PortworxRack);

        Assert.That(topology.Match(cached with { Labels = new Dictionary<string, string>() }), Is.Zero);
    }

    [Test]
    public void Match_RequestNodeAddressesDifferFromCache_MatchesRequestAddresses()
    {
        var topology = StorageTopology.Build([Driver], [Kube("k", "", "")], AnnotationKeys.PortworxRack);

        Assert.That(topology.Match(Kube("k", "", "10.0.0.1")), Is.Zero);
    }

    [TestCase("worker-1", TestName = "Build_LocalityFromNodeNamedLikeSchedulerName")]
    [TestCase("px-1", TestName = "Build_LocalityFromNodeNamedLikeStorageId")]
    [TestCase("host-1", TestName = "Build_LocalityFromNodeNamedLikeHostname")]
    public void Build_KubernetesNodeFoundByName_LocalityFromItsLabels(string kubeName)
    {
        var topology = StorageTopology.Build([Driver], [Kube(kubeName, "", "", rack: "r1")], AnnotationKeys.PortworxRack);

        Assert.That(topology[0].Locality.Rack, Is.EqualTo("r1"));
        Assert.That(topology[0].DisplayName, Is.EqualTo(kubeName));
    }

    [Test]
    public void Build_SchedulerNameLookupFirst_WinsOverIdLookup()
    {
        var topology = StorageTopology.Build(
            [Driver], [Kube("px-1", "", "", rack: "by-id"), Kube("worker-1", "", "", rack: "by-name")], AnnotationKeys.PortworxRack);

        Assert.That(topology[0].Locality.Rack, Is.EqualTo("by-name"));
    }

    [Test]
    public void Build_NoNodeByName_LocalityFromMatchedNode()
    {
        var topology = StorageTopology.Build([Driver], [Kube("other", "", "10.0.0.1", rack: "r2")], AnnotationKeys.PortworxRack);

        Assert.That(topology[0].Locality.Rack, Is.EqualTo("r2"));
    }

    [TestCase(StorageNodeStatus.Online, "r1")]
    [TestCase(StorageNodeStatus.StorageDown, "r1")]
    [TestCase(StorageNodeStatus.Degraded, "")]
    [TestCase(StorageNodeStatus.Offline, "")]
    public void Build_StorageNodeStatus_OnlyUsableNodesHaveLocality(StorageNodeStatus status, string rack)
    {
        var topology = StorageTopology.Build([Driver with { Status = status }], [Kube("worker-1", "", "", rack: "r1")], AnnotationKeys.PortworxRack);

        Assert.That(topology[0].Locality.Rack, Is.EqualTo(rack));
    }

    [Test]
    public void Build_NoKubernetesNode_DisplayNameIsStorageId()
    {
        var topology = StorageTopology.Build([Driver], [], AnnotationKeys.PortworxRack);

        Assert.That(topology[0].Describe(), Is.EqualTo("px-1 (Online)"));
        Assert.That(topology.FindById("px-1"), Is.SameAs(topology[0]));
        Assert.That(topology.FindById("nope"), Is.Null);
    }

    [Test]
    public void Build_NodesInOneRack_ShareTheLocalityKeyStrings()
    {
        StorageNode[] storage = [Driver, Driver with { Id = "px-2", SchedulerNodeName = "worker-2", Ips = [] }];
        // Two equal label values that are different strings, as two decoded Nodes have.
        var topology = StorageTopology.Build(
            storage, [Kube("worker-1", "", "", string.Concat("rack-", "1")), Kube("worker-2", "", "", string.Concat("rack-", "1"))], AnnotationKeys.PortworxRack);

        Assert.That(topology[1].Locality.Rack, Is.EqualTo("rack-1").And.SameAs(topology[0].Locality.Rack));
    }

    /// <summary>Issue 11: a NodeNames candidate is read at its slot in the list the topology is over; any other node object
    /// is looked up, and read from that object.</summary>
    [Test]
    public void CandidateAtAndOf_PositionOrNodeObject_WhatTheRulesRead()
    {
        StorageNode[] storage = [Driver, Driver with { Id = "px-2", SchedulerNodeName = "worker-2", Hostname = "", Ips = [] }];
        KubeNodeInfo[] kube = [Kube("worker-2", "", ""), Kube("worker-1", "", "") with { StorageUnschedulable = true }, Kube("worker-9", "", "")];
        var topology = StorageTopology.Build(storage, kube, AnnotationKeys.PortworxRack);

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 3).Select(topology.CandidateAt), Is.EqualTo(new Candidate[]
            {
                new("worker-2", false, 1), new("worker-1", true, 0), new("worker-9", false, -1),
            }));
            Assert.That(topology.CandidateOf(kube[1]), Is.EqualTo(new Candidate("worker-1", true, 0)));
            Assert.That(topology.CandidateOf(Kube("worker-2", "", "") with { Name = "worker-1" }), Is.EqualTo(new Candidate("worker-1", false, 0)));
            Assert.That(topology.CandidateOf(kube[0] with { StorageUnschedulable = true }), Is.EqualTo(new Candidate("worker-2", true, 1)));
        });
    }

    [Test]
    public void IsOver_TheVeryListBuiltOrRelabeledOnto()
    {
        KubeNodeInfo[] kube = [Kube("worker-1", "host-1", "10.0.0.1")];
        var topology = StorageTopology.Build([Driver], kube, AnnotationKeys.PortworxRack);
        KubeNodeInfo[] same = [kube[0]];

        var onto = topology.Relabel(same, AnnotationKeys.PortworxRack)!;

        Assert.Multiple(() =>
        {
            Assert.That(topology.IsOver(kube), Is.True);
            Assert.That(topology.IsOver(same), Is.False, "an equal list");
            Assert.That(onto.IsOver(same), Is.True);
            Assert.That(topology.Relabel(kube, AnnotationKeys.PortworxRack), Is.SameAs(topology));
        });
    }

    [Test]
    public void CandidateAt_AfterRelabel_TheReplacedNodesFlag()
    {
        KubeNodeInfo[] kube = [Kube("worker-1", "host-1", "10.0.0.1")];
        var topology = StorageTopology.Build([Driver], kube, AnnotationKeys.PortworxRack);
        KubeNodeInfo[] fenced = [kube[0] with { StorageUnschedulable = true }];

        var relabeled = topology.Relabel(fenced, AnnotationKeys.PortworxRack)!;

        Assert.That(relabeled.CandidateAt(0), Is.EqualTo(new Candidate("worker-1", true, 0)));
    }

    [Test]
    public void LocalityId_EqualLocalitiesShareAnId()
    {
        StorageNode[] storage =
        [
            Driver,
            Driver with { Id = "px-2", SchedulerNodeName = "worker-2", Hostname = "", Ips = [] },
            Driver with { Id = "px-3", SchedulerNodeName = "worker-3", Hostname = "", Ips = [] },
            Driver with { Id = "px-4", SchedulerNodeName = "worker-4", Hostname = "", Ips = [], Status = StorageNodeStatus.Offline },
        ];
        var topology = StorageTopology.Build(
            storage,
            [Kube("worker-1", "", "", "r1"), Kube("worker-2", "", "", "r2"), Kube("worker-3", "", "", "r1"), Kube("worker-4", "", "", "r1")],
            AnnotationKeys.PortworxRack);

        Assert.Multiple(() =>
        {
            Assert.That(topology.LocalityId(2), Is.EqualTo(topology.LocalityId(0)));
            Assert.That(topology.LocalityId(1), Is.Not.EqualTo(topology.LocalityId(0)));
            Assert.That(topology.LocalityId(3), Is.Not.EqualTo(topology.LocalityId(0)), "an Offline node has no locality");
            Assert.That(topology.LocalityCount, Is.EqualTo(3));
        });
    }

    private static KubeNodeInfo Kube(string name, string hostname, string ip, string rack = "") => new(
        name,
        hostname.Length > 0 ? [hostname] : [],
        ip.Length > 0 ? [ip] : [],
        new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = rack },
        false);
}
