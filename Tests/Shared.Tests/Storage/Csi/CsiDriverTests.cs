using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Csi;
using static Stork.Shared.Tests.Storage.Csi.CsiObjects;

namespace Stork.Shared.Tests.Storage.Csi;

internal sealed class CsiDriverTests
{
    private InMemoryResourceCache<Node> nodes = null!;
    private InMemoryResourceCache<CsiNode> csiNodes = null!;
    private CsiDriver driver = null!;

    [SetUp]
    public void SetUp()
    {
        nodes = new(LabelledNode("b", (NodeLabel, "b")), LabelledNode("a", (NodeLabel, "a")), LabelledNode("c", (NodeLabel, "c")));
        csiNodes = new(CsiNode("a", TopoLvm), CsiNode("b", TopoLvm), CsiNode("c", "other.csi.io"));
        driver = new(Options.Create(new CsiDriverOptions { Drivers = [TopoLvm, "local.csi.openebs.io"] }), nodes, csiNodes);
    }

    [Test]
    public void Ownership_ConfiguredNames_OwnsThemAndNoInTreePortworx()
    {
        Assert.Multiple(() =>
        {
            Assert.That(driver.Name, Is.EqualTo("csi"));
            Assert.That(driver.Ownership.OwnsProvisioner("local.csi.openebs.io"), Is.True);
            Assert.That(driver.Ownership.OwnsProvisioner("pxd.portworx.com"), Is.False);
            Assert.That(driver.Ownership.InTreePortworx, Is.False);
        });
    }

    [Test]
    public async Task GetNodesAsync_Synced_ReturnsStorageNodesOrderedByName()
    {
        var result = await driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(result.Value?.Select(n => n.Id), Is.EqualTo(new[] { "a", "b" }));
    }

    [TestCase(false, true)]
    [TestCase(true, false)]
    public async Task GetNodesAsync_CacheNotSynced_Fails(bool nodesSynced, bool csiNodesSynced)
    {
        nodes.IsSynced = nodesSynced;
        csiNodes.IsSynced = csiNodesSynced;
        var result = await driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(result.IsSuccess, Is.False);
    }

    [Test]
    public async Task GetVolumeAsync_PinnedCsiVolume_ReturnsHandleAndReplicas()
    {
        var result = await driver.GetVolumeAsync(PinnedVolume("pv-1", "handle-1", "c", "a"), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));

        var volume = result.Value!;
        Assert.Multiple(() =>
        {
            Assert.That(volume.Id, Is.EqualTo("handle-1"));
            Assert.That(volume.Name, Is.EqualTo("pv-1"));
            Assert.That(volume.ReplicaNodeIds, Is.EqualTo(new[] { "a", "c" }));
            Assert.That(volume.Labels, Is.Empty);
            Assert.That(volume.AntiHyperconvergence, Is.False);
        });
    }

    [Test]
    public async Task GetVolumeAsync_NoCsiSource_UsesPvNameAsId()
    {
        var result = await driver.GetVolumeAsync(PinnedVolume("pvc-local", handle: null, "b"), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(result.Value, Has.Property(nameof(DriverVolume.Id)).EqualTo("pvc-local").And.Property(nameof(DriverVolume.ReplicaNodeIds)).EqualTo(new[] { "b" }));
    }

    [Test]
    public async Task GetVolumeAsync_NoNodeAffinity_HasNoReplicas()
    {
        var result = await driver.GetVolumeAsync(Volume("pv-1", "h", required: null), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(result.Value?.ReplicaNodeIds, Is.Empty);
    }

    [Test]
    public async Task GetVolumeAsync_CacheNotSynced_Fails()
    {
        nodes.IsSynced = false;
        var result = await driver.GetVolumeAsync(PinnedVolume("pv-1", "h", "a"), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(result.IsSuccess, Is.False);
    }

    [Test]
    public async Task GetNodesAsync_SameSnapshotVersions_ReturnsSameInstance()
    {
        var first = await StorageNodes();
        var second = await StorageNodes();
        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public async Task GetNodesAsync_NodeSnapshotChanged_DerivesAgain()
    {
        var first = await StorageNodes();
        nodes.ReplaceAll(Node("a", ready: false), Node("b"));

        var second = await StorageNodes();

        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second.Select(n => (n.Id, n.Status)), Is.EqualTo(new[] { ("a", StorageNodeStatus.Offline), ("b", StorageNodeStatus.Online) }));
    }

    [Test]
    public async Task GetNodesAsync_CsiNodeSnapshotChanged_DerivesAgain()
    {
        var first = await StorageNodes();
        csiNodes.ReplaceAll(CsiNode("c", TopoLvm));

        var second = await StorageNodes();

        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second.Select(n => n.Id), Is.EqualTo(new[] { "c" }));
    }

    [Test]
    public async Task GetVolumeAsync_AfterNodeChange_SeesNewNodes()
    {
        var pv = PinnedVolume("pv-1", "h", "d");
        var before = await driver.GetVolumeAsync(pv, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        nodes.ReplaceAll(LabelledNode("d", (NodeLabel, "d")));

        var after = await driver.GetVolumeAsync(pv, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(before.Value?.ReplicaNodeIds, Is.Empty);
        Assert.That(after.Value?.ReplicaNodeIds, Is.EqualTo(new[] { "d" }));
    }

    private async Task<IReadOnlyList<StorageNode>> StorageNodes()
    {
        var result = await driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        return result.Value!;
    }
}
