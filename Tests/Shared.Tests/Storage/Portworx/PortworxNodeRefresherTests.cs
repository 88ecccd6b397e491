using Stork.Tests.Fakes.Time;
using Microsoft.Extensions.Options;
using Stork.Shared.Storage.Portworx;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxNodeRefresherTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    public async Task ExecuteAsync_StartAndEachInterval_RefreshesNodes()
    {
        var time = new ManualTimeProvider();
        await using var px = await PortworxDriverHarness.StartAsync(time).WaitAsync(Bound);
        px.Sdk.SetNodes(new FakeStorageNode("n1"));
        var options = Options.Create(new PortworxOptions { NodeRefreshInterval = TimeSpan.FromSeconds(10) });
        using var refresher = new PortworxNodeRefresher(px.Driver, options, time);

        await refresher.StartAsync(CancellationToken.None).WaitAsync(Bound);
        await WaitForNodeCallsAsync(px, 1);
        time.Advance(TimeSpan.FromSeconds(10));
        await WaitForNodeCallsAsync(px, 2);
        await refresher.StopAsync(CancellationToken.None).WaitAsync(Bound);

        var nodes = await px.Driver.GetNodesAsync(CancellationToken.None).AsTask().WaitAsync(Bound);
        Assert.That(nodes.IsSuccess, Is.True, nodes.Error);
        Assert.That(px.NodeCalls(), Is.EqualTo(2));
    }

    private static async Task WaitForNodeCallsAsync(PortworxDriverHarness px, int calls)
    {
        using var deadline = new CancellationTokenSource(Bound);
        while (px.NodeCalls() < calls)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
        }
    }
}
