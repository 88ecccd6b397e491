using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Csi;
using static Stork.Shared.Tests.Storage.Csi.CsiObjects;

namespace Stork.Shared.Tests.Storage.Csi;

internal sealed class CsiTopologyTests
{
    private static readonly IReadOnlySet<string> Drivers = new HashSet<string>(StringComparer.Ordinal) { TopoLvm, "local.csi.openebs.io" };

    [Test]
    public void StorageNodes_NodesWithAndWithoutTheDriver_KeepsOnlyNodesWhoseCsiNodeListsIt()
    {
        Node[] nodes = [Node("a"), Node("b"), Node("c"), Node("d"), Node("e")];
        CsiNode[] csiNodes = [CsiNode("a", TopoLvm), CsiNode("b", "ebs.csi.aws.com"), CsiNode("c"), CsiNode("d", "ebs.csi.aws.com", "local.csi.openebs.io")];

        var storageNodes = CsiTopology.StorageNodes(nodes, csiNodes, Drivers);

        Assert.That(storageNodes.Select(n => n.Id), Is.EqualTo(new[] { "a", "d" }));
    }

    [Test]
    public void StorageNodes_CsiNodeWithoutNode_IsNoStorageNode() =>
        Assert.That(CsiTopology.StorageNodes([Node("a")], [CsiNode("gone", TopoLvm)], Drivers), Is.Empty);

    [Test]
    public void StorageNodes_CsiNodeWithoutDriverList_IsNoStorageNode() =>
        Assert.That(
            CsiTopology.StorageNodes([Node("a"), Node("b")], [new CsiNode { Metadata = new() { Name = "a" } }, CsiNode("b", TopoLvm)], Drivers).Select(n => n.Id),
            Is.EqualTo(new[] { "b" }));

    [Test]
    public void StorageNodes_NoCsiNodeListsAnyDriver_EveryNodeIsAStorageNode()
    {
        var localPath = new HashSet<string>(StringComparer.Ordinal) { "rancher.io/local-path" };

        var storageNodes = CsiTopology.StorageNodes([Node("a"), Node("b", ready: false)], [CsiNode("a", "ebs.csi.aws.com")], localPath);

        Assert.That(storageNodes.Select(n => (n.Id, n.Status)), Is.EqualTo(new[] { ("a", StorageNodeStatus.Online), ("b", StorageNodeStatus.Offline) }));
    }

    [TestCase(true, StorageNodeStatus.Online)]
    [TestCase(false, StorageNodeStatus.Offline)]
    public void ToStorageNode_ReadyCondition_SetsStatus(bool ready, StorageNodeStatus expected) =>
        Assert.That(CsiTopology.ToStorageNode(Node("a", ready)).Status, Is.EqualTo(expected));

    [TestCase("Unknown")]
    [TestCase("true")]
    public void ToStorageNode_ReadyNotExactlyTrue_IsOffline(string status)
    {
        var node = new Node { Metadata = new() { Name = "a" }, Status = new() { Conditions = [new() { Type = "Ready", Status = status }] } };
        Assert.That(CsiTopology.ToStorageNode(node).Status, Is.EqualTo(StorageNodeStatus.Offline));
    }

    [Test]
    public void ToStorageNode_NoStatus_IsOfflineWithoutAddresses()
    {
        var storageNode = CsiTopology.ToStorageNode(new Node { Metadata = new() { Name = "a" } });
        Assert.That(storageNode, Is.EqualTo(new StorageNode("a", "a", "", storageNode.Ips, StorageNodeStatus.Offline)));
        Assert.That(storageNode.Ips, Is.Empty);
    }

    [Test]
    public void ToStorageNode_Addresses_NameHostnameAndInternalIps()
    {
        var node = Node(
            "node-a",
            labels: new Dictionary<string, string> { [CsiTopology.HostnameLabel] = "label-host" },
            addresses: [Address("ExternalIP", "1.2.3.4"), Address("InternalIP", "10.0.0.1"), Address("Hostname", "host-a"), Address("InternalIP", "fd00::1")]);

        var storageNode = CsiTopology.ToStorageNode(node);

        Assert.Multiple(() =>
        {
            Assert.That(storageNode.Id, Is.EqualTo("node-a"));
            Assert.That(storageNode.SchedulerNodeName, Is.EqualTo("node-a"));
            Assert.That(storageNode.Hostname, Is.EqualTo("host-a"));
            Assert.That(storageNode.Ips, Is.EqualTo(new[] { "10.0.0.1", "fd00::1" }));
        });
    }

    [Test]
    public void ToStorageNode_NoHostnameAddress_FallsBackToHostnameLabel()
    {
        var node = Node("node-a", labels: new Dictionary<string, string> { [CsiTopology.HostnameLabel] = "label-host" });
        Assert.That(CsiTopology.ToStorageNode(node).Hostname, Is.EqualTo("label-host"));
    }

    [Test]
    public void Replicas_PinnedVolume_ReturnsSelectedNodeNames()
    {
        Node[] nodes = [LabelledNode("a", (NodeLabel, "a")), LabelledNode("b", (NodeLabel, "b")), LabelledNode("c", (NodeLabel, "c"))];
        Assert.That(CsiTopology.Replicas(PinnedVolume("pv", "h", "a", "c"), nodes), Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public void Replicas_NoNodeAffinity_ReturnsNone() =>
        Assert.That(CsiTopology.Replicas(Volume("pv", "h", required: null), [Node("a")]), Is.Empty);

    [Test]
    public void Replicas_EmptyRequiredSelector_ReturnsNone() =>
        Assert.That(CsiTopology.Replicas(Volume("pv", "h", new NodeSelector()), [Node("a")]), Is.Empty);

    [Test]
    public void Replicas_SelectedNodeMissing_ReturnsOnlyExistingNodes() =>
        Assert.That(CsiTopology.Replicas(PinnedVolume("pv", "h", "gone", "a"), [LabelledNode("a", (NodeLabel, "a"))]), Is.EqualTo(new[] { "a" }));
}
