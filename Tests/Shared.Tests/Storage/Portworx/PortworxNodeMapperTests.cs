using Stork.Shared.Storage;
using Stork.Shared.Storage.Portworx;
using Stork.Shared.Storage.Portworx.Sdk;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxNodeMapperTests
{
    [TestCase("STATUS_OK", StorageNodeStatus.Online)]
    [TestCase("STATUS_NONE", StorageNodeStatus.Online)]
    [TestCase(null, StorageNodeStatus.Online)]
    [TestCase("STATUS_STORAGE_DOWN", StorageNodeStatus.StorageDown)]
    [TestCase("STATUS_POOLMAINTENANCE", StorageNodeStatus.StorageDown)]
    [TestCase("STATUS_STORAGE_DEGRADED", StorageNodeStatus.Degraded)]
    [TestCase("STATUS_STORAGE_REBALANCE", StorageNodeStatus.Degraded)]
    [TestCase("STATUS_STORAGE_DRIVE_REPLACE", StorageNodeStatus.Degraded)]
    [TestCase("STATUS_INIT", StorageNodeStatus.Offline)]
    [TestCase("STATUS_OFFLINE", StorageNodeStatus.Offline)]
    [TestCase("STATUS_ERROR", StorageNodeStatus.Offline)]
    [TestCase("STATUS_NOT_IN_QUORUM", StorageNodeStatus.Offline)]
    [TestCase("STATUS_NOT_IN_QUORUM_NO_STORAGE", StorageNodeStatus.Offline)]
    [TestCase("STATUS_DECOMMISSION", StorageNodeStatus.Offline)]
    [TestCase("STATUS_MAINTENANCE", StorageNodeStatus.Offline)]
    [TestCase("STATUS_NEEDS_REBOOT", StorageNodeStatus.Offline)]
    [TestCase("STATUS_MAX", StorageNodeStatus.Offline)]
    [TestCase("STATUS_SOMETHING_NEW", StorageNodeStatus.Offline)]
    [TestCase("status_ok", StorageNodeStatus.Offline)]
    [TestCase("", StorageNodeStatus.Offline)]
    public void MapStatus_SdkStatus_ReturnsStorkStatus(string? status, StorageNodeStatus expected) =>
        Assert.That(PortworxNodeMapper.MapStatus(status), Is.EqualTo(expected));

    [Test]
    public void ToStorageNode_AllFields_MapsIdsNamesAndIps()
    {
        var node = new SdkStorageNode
        {
            Id = "n1", SchedulerNodeName = "k8s-1", Hostname = "host1", MgmtIp = "10.0.0.1", DataIp = "192.168.0.1",
            Status = "STATUS_STORAGE_DOWN",
        };

        var mapped = PortworxNodeMapper.ToStorageNode(node);

        Assert.Multiple(() =>
        {
            Assert.That(mapped.Id, Is.EqualTo("n1"));
            Assert.That(mapped.SchedulerNodeName, Is.EqualTo("k8s-1"));
            Assert.That(mapped.Hostname, Is.EqualTo("host1"));
            Assert.That(mapped.Ips, Is.EqualTo(new[] { "10.0.0.1", "192.168.0.1" }));
            Assert.That(mapped.Status, Is.EqualTo(StorageNodeStatus.StorageDown));
        });
    }

    [TestCase("10.0.0.1", "10.0.0.1", new[] { "10.0.0.1" })]
    [TestCase("10.0.0.1", "", new[] { "10.0.0.1" })]
    [TestCase(null, "10.0.0.2", new[] { "10.0.0.2" })]
    [TestCase(null, null, new string[0])]
    public void ToStorageNode_MissingOrSameIps_KeepsDistinctNonEmpty(string? mgmtIp, string? dataIp, string[] expected)
    {
        var mapped = PortworxNodeMapper.ToStorageNode(new SdkStorageNode { Id = "n", MgmtIp = mgmtIp, DataIp = dataIp });

        Assert.That(mapped.Ips, Is.EqualTo(expected));
    }

    [Test]
    public void ToStorageNode_OnlyId_EmptyNamesAndOnline()
    {
        var mapped = PortworxNodeMapper.ToStorageNode(new SdkStorageNode { Id = "n" });

        Assert.That(mapped, Has.Property(nameof(StorageNode.SchedulerNodeName)).Empty
            .And.Property(nameof(StorageNode.Hostname)).Empty
            .And.Property(nameof(StorageNode.Status)).EqualTo(StorageNodeStatus.Online));
    }

    [Test]
    public void ToStorageNode_UpperCaseHostname_LowerCasedAsStork() =>
        Assert.That(PortworxNodeMapper.ToStorageNode(new SdkStorageNode { Id = "n", Hostname = "NODE2.Example" }).Hostname, Is.EqualTo("node2.example"));
}
