using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;
using Stork.Shared.Annotations;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Portworx;

namespace Stork.Scoring.Tests.Cluster;

/// <summary>Issue 11: the topology is built again only when what it reads changed.</summary>
internal sealed class TopologyProviderTests
{
    private static readonly StorageNode Px = new("px-1", "a", "host-a", ["10.0.0.1"], StorageNodeStatus.Online);

    private static Node Node(string name, string rack) => new()
    {
        Metadata = new() { Name = name, Labels = new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = rack } },
        Status = new() { Addresses = [new() { Type = "InternalIP", Address = "10.0.0.1" }] },
    };

    private static IEnumerable<TestCaseData> Changes()
    {
        yield return new TestCaseData(Px with { Status = StorageNodeStatus.Offline }).SetName("SameNodes_StatusChanged_False");
        yield return new TestCaseData(Px with { Id = "px-2" }).SetName("SameNodes_IdChanged_False");
        yield return new TestCaseData(Px with { SchedulerNodeName = "b" }).SetName("SameNodes_SchedulerNameChanged_False");
        yield return new TestCaseData(Px with { Hostname = "host-b" }).SetName("SameNodes_HostnameChanged_False");
        yield return new TestCaseData(Px with { Ips = ["10.0.0.1", "10.0.0.2"] }).SetName("SameNodes_IpsChanged_False");
    }

    [TestCaseSource(nameof(Changes))]
    public void SameNodes_OneFieldChanged_False(StorageNode changed)
    {
        Assert.That(TopologyProvider.SameNodes([Px, Px with { Id = "px-9" }], [changed, Px with { Id = "px-9" }]), Is.False);
    }

    [Test]
    public void SameNodes_EqualNodesInNewObjects_True()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TopologyProvider.SameNodes([Px], [Px with { Ips = ["10.0.0.1"] }]), Is.True);
            Assert.That(TopologyProvider.SameNodes([Px], [Px, Px]), Is.False);
        });
    }

    [Test]
    public async Task GetAsync_RefreshedWithTheSameNodes_SameTopology()
    {
        var (provider, driver, _) = Provider();
        var first = (await provider.GetAsync(CancellationToken.None)).Value;

        driver.Nodes = [Px with { Ips = ["10.0.0.1"] }];

        Assert.That((await provider.GetAsync(CancellationToken.None)).Value, Is.SameAs(first));
    }

    [Test]
    public async Task GetAsync_NodeRelabeledOrStorageChanged_SeesTheChange()
    {
        var (provider, driver, cache) = Provider();
        var first = (await provider.GetAsync(CancellationToken.None)).Value!;

        cache.Upsert(Node("a", "r2"));
        var relabeled = (await provider.GetAsync(CancellationToken.None)).Value!;
        driver.Nodes = [Px with { Status = StorageNodeStatus.StorageDown }];
        var changed = (await provider.GetAsync(CancellationToken.None)).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(first[0].Locality.Rack, Is.EqualTo("r1"));
            Assert.That(relabeled[0].Locality.Rack, Is.EqualTo("r2"));
            Assert.That(changed[0].Node.Status, Is.EqualTo(StorageNodeStatus.StorageDown));
            Assert.That(changed[0].Locality.Rack, Is.EqualTo("r2"));
        });
    }

    private static (TopologyProvider Provider, ListDriver Driver, ResourceCache<Node> Cache) Provider()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a", "r1"), Node("b", "r1")]);
        var driver = new ListDriver { Nodes = [Px] };
        return (new TopologyProvider(driver, new NodeDirectory(cache), Options.Create(new ScoringOptions())), driver, cache);
    }

    /// <summary>A driver whose node list the test replaces, as a refresh does.</summary>
    private sealed class ListDriver : IStorageDriver
    {
        public IReadOnlyList<StorageNode> Nodes { get; set; } = [];

        public string Name => PortworxDriver.DriverName;

        public VolumeOwnership Ownership => PortworxDriver.PortworxOwnership;

        public ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(DriverResult<IReadOnlyList<StorageNode>>.Ok(Nodes));

        public ValueTask<DriverResult<DriverVolume>> GetVolumeAsync(PersistentVolume volume, CancellationToken cancellationToken) =>
            ValueTask.FromResult(DriverResult<DriverVolume>.Fail("no volumes"));
    }
}
