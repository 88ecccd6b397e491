using Stork.Tests.Fakes.Time;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Portworx;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxDriverCacheTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private ManualTimeProvider _time = null!;
    private PortworxDriverHarness _px = null!;

    [SetUp]
    public async Task SetUp()
    {
        _time = new ManualTimeProvider();
        _px = await PortworxDriverHarness.StartAsync(_time, options => options.VolumeTtl = TimeSpan.FromSeconds(5)).WaitAsync(Bound);
        _px.Sdk.SetNodes(
            new FakeStorageNode("n1", "k8s-1", "host1", "10.0.0.1", "10.1.0.1"),
            new FakeStorageNode("n2", "k8s-2", Status: "STATUS_STORAGE_DEGRADED"));
        _px.Sdk.SetVolume(new FakeVolume("v1", "pvc-1", [["n1", "n2"]]));
    }

    [TearDown]
    public async Task TearDown() => await _px.DisposeAsync();

    [Test]
    public void Identity_Pxd_OwnsPortworxProvisionersAndInTree()
    {
        Assert.That(_px.Driver.Name, Is.EqualTo("pxd"));
        Assert.That(_px.Driver.Ownership.Provisioners,
            Is.EquivalentTo(new[] { "pxd.portworx.com", "com.openstorage.pxd", "kubernetes.io/portworx-volume" }));
        Assert.That(_px.Driver.Ownership.InTreePortworx, Is.True);
    }

    [Test]
    public async Task GetNodesAsync_NothingCachedYet_FetchesAndMaps()
    {
        var result = await _px.Driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(Bound);

        Assert.That(result.IsSuccess, Is.True, result.Error);
        Assert.That(result.Value!.Select(n => (n.Id, n.SchedulerNodeName, n.Status)), Is.EqualTo(new[]
        {
            ("n1", "k8s-1", StorageNodeStatus.Online),
            ("n2", "k8s-2", StorageNodeStatus.Degraded),
        }));
    }

    [Test]
    public async Task GetNodesAsync_AfterRefresh_ServedFromMemory()
    {
        await _px.Driver.RefreshAsync().WaitAsync(Bound);

        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            var result = await _px.Driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(Bound);
            Assert.That(result.IsSuccess, Is.True, result.Error);
        }

        Assert.That(_px.NodeCalls(), Is.EqualTo(1));
    }

    [Test]
    public async Task GetVolumeAsync_BoundPv_MapsSdkVolume()
    {
        var result = await GetVolumeAsync("v1");

        Assert.That(result.IsSuccess, Is.True, result.Error);
        Assert.That(result.Value, Has.Property(nameof(DriverVolume.Id)).EqualTo("v1")
            .And.Property(nameof(DriverVolume.Name)).EqualTo("pvc-1")
            .And.Property(nameof(DriverVolume.ReplicaNodeIds)).EqualTo(new[] { "n1", "n2" }));
    }

    [Test]
    public async Task GetVolumeAsync_WithinTtl_NoSecondSdkCall()
    {
        await GetVolumeAsync("v1");
        _time.Advance(TimeSpan.FromSeconds(4));

        await GetVolumeAsync("v1");

        Assert.That(_px.VolumeCalls("v1"), Is.EqualTo(1));
    }

    [Test]
    public async Task GetVolumeAsync_TtlExpired_AsksSdkAgainAndSeesChanges()
    {
        await GetVolumeAsync("v1");
        _px.Sdk.SetVolume(new FakeVolume("v1", "pvc-1", [["n3"]]));
        _time.Advance(TimeSpan.FromSeconds(6));

        var result = await GetVolumeAsync("v1");

        Assert.That(_px.VolumeCalls("v1"), Is.EqualTo(2));
        Assert.That(result.Value!.ReplicaNodeIds, Is.EqualTo(new[] { "n3" }));
    }

    [Test]
    public async Task InvalidateVolume_WithinTtl_NextLookupAsksSdk()
    {
        await GetVolumeAsync("v1");
        _px.Sdk.SetVolume(new FakeVolume("v1", "pvc-1", [["n2"]]));

        _px.Driver.InvalidateVolume("v1");
        var result = await GetVolumeAsync("v1");

        Assert.That(_px.VolumeCalls("v1"), Is.EqualTo(2));
        Assert.That(result.Value!.ReplicaNodeIds, Is.EqualTo(new[] { "n2" }));
    }

    [Test]
    public async Task GetVolumeAsync_ConcurrentLookupsOfSameId_OneSdkCall()
    {
        _px.Sdk.Delay = TimeSpan.FromMilliseconds(300);

        var lookups = Enumerable.Range(0, 20).Select(_ => GetVolumeAsync("v1")).ToArray();
        var results = await Task.WhenAll(lookups).WaitAsync(Bound);

        Assert.That(results.Select(r => r.IsSuccess), Is.All.True);
        Assert.That(_px.VolumeCalls("v1"), Is.EqualTo(1));
    }

    [Test]
    public async Task GetVolumeAsync_ConcurrentLookupsOfDifferentIds_OneSdkCallEach()
    {
        _px.Sdk.SetVolume(new FakeVolume("v2", "pvc-2", [["n2"]]));
        _px.Sdk.Delay = TimeSpan.FromMilliseconds(300);

        var lookups = Enumerable.Range(0, 10).Select(i => GetVolumeAsync(i % 2 == 0 ? "v1" : "v2")).ToArray();
        await Task.WhenAll(lookups).WaitAsync(Bound);

        Assert.That((_px.VolumeCalls("v1"), _px.VolumeCalls("v2")), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task GetNodesAsync_ConcurrentFirstLookups_OneSdkCall()
    {
        _px.Sdk.Delay = TimeSpan.FromMilliseconds(300);

        var lookups = Enumerable.Range(0, 20).Select(_ => _px.Driver.GetNodesAsync(CancellationToken.None).AsTask()).ToArray();
        await Task.WhenAll(lookups).WaitAsync(Bound);

        Assert.That(_px.NodeCalls(), Is.EqualTo(1));
    }

    private Task<DriverResult<DriverVolume>> GetVolumeAsync(string volumeId) =>
        _px.Driver.GetVolumeAsync(PortworxDriverHarness.CsiVolume(volumeId), CancellationToken.None).AsTask().WaitAsync(Bound);
}
