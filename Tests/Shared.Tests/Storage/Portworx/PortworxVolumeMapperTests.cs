using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Portworx;
using Stork.Shared.Storage.Portworx.Sdk;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxVolumeMapperTests
{
    [TestCase("handle-1", "in-tree-1", "handle-1")]
    [TestCase("", "in-tree-1", "in-tree-1")]
    [TestCase(null, "in-tree-1", "in-tree-1")]
    [TestCase(null, "", "pv-name")]
    [TestCase(null, null, "pv-name")]
    public void VolumeId_PersistentVolume_PrefersCsiHandleThenInTreeThenName(
        string? csiHandle, string? inTreeId, string expected)
    {
        var volume = new PersistentVolume
        {
            Metadata = new ObjectMeta { Name = "pv-name" },
            Spec = new PersistentVolumeSpec
            {
                Csi = csiHandle is null ? null : new CsiPersistentVolumeSource { Driver = "pxd.portworx.com", VolumeHandle = csiHandle },
                PortworxVolume = inTreeId is null ? null : new PortworxVolumeSource { VolumeId = inTreeId },
            },
        };

        Assert.That(PortworxVolumeMapper.VolumeId(volume), Is.EqualTo(expected));
    }

    [Test]
    public void ReplicaNodeIds_SeveralSets_UnionInFirstSeenOrder()
    {
        SdkReplicaSet[] sets =
        [
            new() { Nodes = ["n3", "n1"] },
            new() { Nodes = ["n1", "n2", ""] },
            new() { Nodes = null },
            new() { Nodes = ["n2", "n4"] },
        ];

        Assert.That(PortworxVolumeMapper.ReplicaNodeIds(sets), Is.EqualTo(new[] { "n3", "n1", "n2", "n4" }));
    }

    [Test]
    public void ReplicaNodeIds_NoSets_Empty() =>
        Assert.That(PortworxVolumeMapper.ReplicaNodeIds(null), Is.Empty);

    [Test]
    public void Labels_LocatorAndSpec_UnionWithLocatorWinning()
    {
        var volume = new SdkVolume
        {
            Id = "v",
            Locator = new SdkVolumeLocator { VolumeLabels = new Dictionary<string, string> { ["k"] = "locator", ["a"] = "1" } },
            Spec = new SdkVolumeSpec { VolumeLabels = new Dictionary<string, string> { ["k"] = "spec", ["b"] = "2" } },
        };

        Assert.That(PortworxVolumeMapper.Labels(volume), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["k"] = "locator", ["a"] = "1", ["b"] = "2",
        }));
    }

    [TestCase(true, true, true)]
    [TestCase(true, false, false)]
    [TestCase(false, true, false)]
    [TestCase(false, false, false)]
    public void ToDriverVolume_Sharedv4AndServiceSpec_AntiHyperconvergenceOnlyWithBoth(
        bool sharedv4, bool serviceSpec, bool expected)
    {
        var volume = new SdkVolume
        {
            Id = "v",
            Spec = new SdkVolumeSpec { Sharedv4 = sharedv4, Sharedv4ServiceSpec = serviceSpec ? new SdkSharedv4ServiceSpec() : null },
        };

        Assert.That(PortworxVolumeMapper.ToDriverVolume(volume).AntiHyperconvergence, Is.EqualTo(expected));
    }

    [Test]
    public void ToDriverVolume_NoSpec_NotAntiHyperconverged() =>
        Assert.That(PortworxVolumeMapper.ToDriverVolume(new SdkVolume { Id = "v" }).AntiHyperconvergence, Is.False);

    [TestCase("pvc-123", "pvc-123")]
    [TestCase("", "vol-id")]
    [TestCase(null, "vol-id")]
    public void ToDriverVolume_LocatorName_NameFallsBackToId(string? locatorName, string expected)
    {
        var volume = new SdkVolume { Id = "vol-id", Locator = new SdkVolumeLocator { Name = locatorName } };

        Assert.That(PortworxVolumeMapper.ToDriverVolume(volume).Name, Is.EqualTo(expected));
    }
}
