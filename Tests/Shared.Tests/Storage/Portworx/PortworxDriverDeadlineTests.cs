using Stork.Shared.Storage;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

/// <summary>A hanging SDK on the real clock: every caller gets an answer within about the deadline.</summary>
internal sealed class PortworxDriverDeadlineTests
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan DeadlineBound = CallTimeout + TimeSpan.FromSeconds(3);
    private PortworxDriverHarness _px = null!;

    [SetUp]
    public async Task SetUp()
    {
        _px = await PortworxDriverHarness.StartAsync(TimeProvider.System, options =>
        {
            options.CallTimeout = CallTimeout;
            options.VolumeTtl = TimeSpan.FromTicks(1);
        }).WaitAsync(TimeSpan.FromSeconds(10));
        _px.Sdk.SetNodes(new FakeStorageNode("n1"));
        _px.Sdk.SetVolume(new FakeVolume("v1", "pvc-1", [["n1"]]));
    }

    [TearDown]
    public async Task TearDown() => await _px.DisposeAsync();

    [Test]
    public async Task GetVolumeAsync_SdkHangs_FailsWithinDeadline()
    {
        _px.Sdk.Delay = TimeSpan.FromMinutes(5);

        var result = await GetVolumeAsync().WaitAsync(DeadlineBound);

        Assert.That(result.Error, Does.Contain("did not answer within 0.5s"));
    }

    [Test]
    public async Task GetNodesAsync_SdkHangs_FailsWithinDeadline()
    {
        _px.Sdk.Delay = TimeSpan.FromMinutes(5);

        var result = await _px.Driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(DeadlineBound);

        Assert.That(result.Error, Does.Contain("did not answer within 0.5s"));
    }

    [Test]
    public async Task GetVolumeAsync_ManyCallersOnHungSdk_AllAnsweredWithinDeadline()
    {
        _px.Sdk.Delay = TimeSpan.FromMinutes(5);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => GetVolumeAsync())).WaitAsync(DeadlineBound);

        Assert.That(results.Select(r => r.IsSuccess), Is.All.False);
        Assert.That(_px.VolumeCalls("v1"), Is.EqualTo(1));
    }

    [Test]
    public async Task GetVolumeAsync_SdkHangsAfterGoodAnswer_ServesStaleWithinDeadline()
    {
        await GetVolumeAsync().WaitAsync(DeadlineBound);
        _px.Sdk.Delay = TimeSpan.FromMinutes(5);

        var result = await GetVolumeAsync().WaitAsync(DeadlineBound);

        Assert.That(result.IsSuccess, Is.True, result.Error);
    }

    [Test]
    public async Task GetNodesAsync_SdkFastAgain_Recovers()
    {
        _px.Sdk.Delay = TimeSpan.FromMinutes(5);
        var hung = await _px.Driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(DeadlineBound);
        await _px.Driver.RefreshAsync().WaitAsync(DeadlineBound);

        _px.Sdk.Recover();
        var result = await _px.Driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(DeadlineBound);

        Assert.That(hung.IsSuccess, Is.False);
        Assert.That(result.IsSuccess, Is.True, result.Error);
    }

    private Task<DriverResult<DriverVolume>> GetVolumeAsync() =>
        _px.Driver.GetVolumeAsync(PortworxDriverHarness.CsiVolume("v1"), CancellationToken.None).AsTask();
}
