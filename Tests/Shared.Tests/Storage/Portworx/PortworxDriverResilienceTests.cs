using Stork.Tests.Fakes.Time;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Portworx;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

/// <summary>Stale data, the circuit breaker and recovery, on a manual clock.</summary>
internal sealed class PortworxDriverResilienceTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private ManualTimeProvider _time = null!;
    private PortworxDriverHarness _px = null!;

    [SetUp]
    public async Task SetUp()
    {
        _time = new ManualTimeProvider();
        _px = await PortworxDriverHarness.StartAsync(_time, options =>
        {
            options.VolumeTtl = TimeSpan.FromSeconds(5);
            options.StaleDataLimit = TimeSpan.FromSeconds(60);
        }).WaitAsync(Bound);
        _px.Sdk.SetNodes(new FakeStorageNode("n1", "k8s-1"));
        _px.Sdk.SetVolume(new FakeVolume("v1", "pvc-1", [["n1"]]));
    }

    [TearDown]
    public async Task TearDown() => await _px.DisposeAsync();

    [Test]
    public async Task GetNodesAsync_SdkDownWithinStaleLimit_ServesLastGoodList()
    {
        await _px.Driver.RefreshAsync().WaitAsync(Bound);
        _px.Sdk.FailStatus = 503;
        _time.Advance(TimeSpan.FromSeconds(30));
        await _px.Driver.RefreshAsync().WaitAsync(Bound);

        var result = await GetNodesAsync();

        Assert.That(_px.NodeCalls(), Is.EqualTo(2));
        Assert.That(result.IsSuccess, Is.True, result.Error);
        Assert.That(result.Value!.Select(n => n.Id), Is.EqualTo(new[] { "n1" }));
    }

    [Test]
    public async Task GetNodesAsync_SdkDownBeyondStaleLimit_FailsNamingTheLimit()
    {
        await _px.Driver.RefreshAsync().WaitAsync(Bound);
        _px.Sdk.FailStatus = 503;
        _time.Advance(TimeSpan.FromSeconds(61));

        var result = await GetNodesAsync();

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Does.Contain("503").And.Contain("61s old, beyond the 60s stale-data limit"));
    }

    [Test]
    public async Task GetNodesAsync_NeverFetchedAndSdkDown_FailsWithSdkError()
    {
        _px.Sdk.FailStatus = 503;

        var result = await GetNodesAsync();

        Assert.That(result.Error, Does.StartWith("Portworx storage nodes unavailable").And.Contain("injected failure"));
    }

    [Test]
    public async Task GetVolumeAsync_SdkDownWithinStaleLimit_ServesLastGoodAnswer()
    {
        await GetVolumeAsync("v1");
        _px.Sdk.FailStatus = 503;
        _time.Advance(TimeSpan.FromSeconds(30));

        var result = await GetVolumeAsync("v1");

        Assert.That(_px.VolumeCalls("v1"), Is.EqualTo(2));
        Assert.That(result.IsSuccess, Is.True, result.Error);
        Assert.That(result.Value!.ReplicaNodeIds, Is.EqualTo(new[] { "n1" }));
    }

    [Test]
    public async Task GetVolumeAsync_SdkDownBeyondStaleLimit_Fails()
    {
        await GetVolumeAsync("v1");
        _px.Sdk.FailStatus = 503;
        _time.Advance(TimeSpan.FromSeconds(61));

        var result = await GetVolumeAsync("v1");

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Does.Contain("503"));
    }

    [Test]
    public async Task GetNodesAsync_RepeatedSdkFailures_CircuitOpensAndFailsFastWithReason()
    {
        _px.Sdk.FailStatus = 503;
        for (var i = 0; i < 3; i++)
        {
            await _px.Driver.RefreshAsync().WaitAsync(Bound);
        }

        var result = await GetNodesAsync();

        Assert.That(_px.NodeCalls(), Is.EqualTo(3));
        Assert.That(result.Error, Does.Contain("suspended").And.Contain("injected failure"));
    }

    [Test]
    public async Task GetVolumeAsync_CircuitOpenedByNodeFailures_FailsFastWithoutCallingSdk()
    {
        _px.Sdk.FailStatus = 503;
        for (var i = 0; i < 3; i++)
        {
            await _px.Driver.RefreshAsync().WaitAsync(Bound);
        }

        var result = await GetVolumeAsync("v1");

        Assert.That(_px.VolumeCalls("v1"), Is.Zero);
        Assert.That(result.Error, Does.Contain("suspended"));
    }

    [Test]
    public async Task GetNodesAsync_SdkBackAfterBreak_Recovers()
    {
        _px.Sdk.FailStatus = 503;
        for (var i = 0; i < 3; i++)
        {
            await _px.Driver.RefreshAsync().WaitAsync(Bound);
        }

        _px.Sdk.Recover();
        var stillOpen = await GetNodesAsync();
        _time.Advance(PortworxCallGuard.BreakDuration + TimeSpan.FromSeconds(1));
        var recovered = await GetNodesAsync();

        Assert.That(stillOpen.IsSuccess, Is.False);
        Assert.That(recovered.IsSuccess, Is.True, recovered.Error);
        Assert.That(_px.NodeCalls(), Is.EqualTo(4));
    }

    [Test]
    public async Task GetNodesAsync_SdkBackBeforeBreaking_NextCallSucceeds()
    {
        _px.Sdk.AbortConnections = true;
        var down = await GetNodesAsync();

        _px.Sdk.Recover();
        var back = await GetNodesAsync();

        Assert.That((down.IsSuccess, back.IsSuccess), Is.EqualTo((false, true)));
    }

    [Test]
    public async Task GetVolumeAsync_MissingVolumeRepeatedly_CircuitStaysClosed()
    {
        for (var i = 0; i < 6; i++)
        {
            var result = await GetVolumeAsync("gone");
            Assert.That(result.Error, Does.Contain("Volume id gone not found"));
        }

        Assert.That(_px.VolumeCalls("gone"), Is.EqualTo(6));
        Assert.That((await GetVolumeAsync("v1")).IsSuccess, Is.True);
    }

    private Task<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync() =>
        _px.Driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(Bound);

    private Task<DriverResult<DriverVolume>> GetVolumeAsync(string volumeId) =>
        _px.Driver.GetVolumeAsync(PortworxDriverHarness.CsiVolume(volumeId), CancellationToken.None).AsTask().WaitAsync(Bound);
}
