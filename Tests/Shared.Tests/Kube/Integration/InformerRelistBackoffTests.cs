using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Time;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>Watches that keep expiring (410 Gone at open) relist with jittered exponential backoff, shown
/// by <c>stork_cache_relist_backoff_seconds</c>; a watch that makes progress resets it.</summary>
internal sealed class InformerRelistBackoffTests : FakeKubeFixture
{
    [Test]
    public async Task Relist_GoneAtEveryWatchOpen_BacksOffExponentiallyAndResetsAfterProgress()
    {
        var clock = new ManualTimeProvider();
        var options = InformerHarness<Node>.Options();
        options.InitialBackoff = TimeSpan.FromSeconds(1);
        options.MaxBackoff = TimeSpan.FromSeconds(8);
        Fake.ExpireNextWatches(5);
        var start = clock.GetUtcNow();
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes, options, clock);
        using var backoff = new CacheCounterListener("stork_cache_relist_backoff_seconds", "nodes");

        // List 1 syncs, the 1st expiry relists at once (list 2); expiries 2 to 5 wait at least 0.5, 1, 2
        // and 4 s (half of 1, 2, 4, 8 s is fixed) before lists 3 to 6.
        await Fake.WaitForRequestsAsync(Nodes, FakeKubeVerb.List, 2, Timeout);
        await Wait.UntilAsync(() => backoff.ObserveGauge() > 0, "a relist backing off");
        await Wait.UntilAsync(
            () => Fake.Requests(Nodes, FakeKubeVerb.List) >= 6, "six lists", () => clock.Advance(TimeSpan.FromMilliseconds(100)));
        Assert.That(clock.GetUtcNow() - start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(7.5)));

        // The 6th watch opens; an event is progress, so the next expiry relists at once, and so does the one after.
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);
        Fake.Add(Nodes, Node("progress"));
        await Wait.UntilAsync(() => informer.Cache.Get(null, "progress") is not null, "the event");
        Fake.ExpireNextWatches(2);
        Fake.ExpireWatches();
        await Fake.WaitForRequestsAsync(Nodes, FakeKubeVerb.List, 8, Timeout);

        Assert.That(informer.IsRunning, Is.True);
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(8), "the 2nd expiry after progress waits again");
    }
}
