using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Time;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>An informer recovering from broken, silent and expired watches.</summary>
internal sealed class InformerRecoveryTests : FakeKubeFixture
{
    [Test]
    public async Task Watch_ConnectionDropped_ReconnectsWithoutListingAndALaterChangeArrives()
    {
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);

        Fake.DropWatchConnections();
        await Fake.WaitForWatchAsync(Nodes, 2, Timeout);
        Fake.Add(Nodes, Node("late"));
        var change = await informer.NextChangeAsync();

        Assert.That((change.Type, change.Object.Metadata.Name), Is.EqualTo((CacheChangeType.Added, "late")));
        Assert.That(informer.Cache.Get(null, "late"), Is.Not.Null);
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(1), "resumed from its resourceVersion");
        Assert.That(informer.IsRunning, Is.True);
    }

    [Test]
    public async Task Watch_Silent_ReopenedAfterTheIdleTimeout()
    {
        var options = InformerHarness<Node>.Options();
        options.IdleTimeout = TimeSpan.FromMilliseconds(200);
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes, options);

        await Fake.WaitForWatchAsync(Nodes, 2, Timeout);
        Fake.Add(Nodes, Node("after-silence"));
        var change = await informer.NextChangeAsync();

        Assert.That(change.Object.Metadata.Name, Is.EqualTo("after-silence"));
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(1));
        Assert.That(informer.IsRunning, Is.True);
    }

    [Test]
    public async Task Watch_ClosedByTheServer_ReopenedWithoutListing()
    {
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);

        Fake.CloseWatches();
        await Fake.WaitForWatchAsync(Nodes, 2, Timeout);
        Fake.Add(Nodes, Node("after-close"));
        var change = await informer.NextChangeAsync();

        Assert.That(change.Object.Metadata.Name, Is.EqualTo("after-close"));
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(1));
    }

    /// <summary>A server that accepts the watch request but never answers is as silent as a quiet stream.</summary>
    [Test]
    public async Task Watch_OpenNeverAnswered_RetriedAfterTheIdleTimeout()
    {
        var options = InformerHarness<Node>.Options();
        options.IdleTimeout = TimeSpan.FromMilliseconds(300);
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes, options);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);

        Fake.Delay = TimeSpan.FromMinutes(10);
        var requested = Fake.Requests(Nodes, FakeKubeVerb.Watch);
        // The first request after this hangs; a second one means the informer gave up on it.
        await Fake.WaitForRequestsAsync(Nodes, FakeKubeVerb.Watch, requested + 2, Timeout);
        Fake.Delay = TimeSpan.Zero;
        var opened = Fake.WatchesOpened(Nodes);
        await Fake.WaitForWatchAsync(Nodes, opened + 1, Timeout);
        Fake.Add(Nodes, Node("after-hang"));
        var change = await informer.NextChangeAsync();

        Assert.That(change.Object.Metadata.Name, Is.EqualTo("after-hang"));
        Assert.That(informer.IsRunning, Is.True);
    }

    [Test]
    public async Task Watch_ReopenAnsweredGone_ListsAgain()
    {
        Fake.Add(Nodes, Node("node-a"));
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);

        Fake.FailNext(Nodes, 410, verb: FakeKubeVerb.Watch);
        Fake.CloseWatches();
        await Fake.WaitForWatchAsync(Nodes, 2, Timeout);

        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(2));
        Assert.That(informer.Cache.Get(null, "node-a"), Is.Not.Null);
    }

    /// <summary>The watch breaks without progress, so the informer waits out a backoff on the manual clock; in
    /// that gap an object is deleted and another created, and the history is compacted. Resuming gets 410, the
    /// relist shows the difference: a synthetic delete for what vanished unseen.</summary>
    [Test]
    public async Task Watch_GoneAfterUnseenChanges_RelistsWithSyntheticDelete()
    {
        Fake.Seed(Nodes, [Node("kept"), Node("vanished")]);
        using var relists = new CacheCounterListener("stork_cache_relists_total", "nodes");
        var clock = new ManualTimeProvider();
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes, time: clock);
        Assert.That(informer.DrainChanges(), Has.Count.EqualTo(2));
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);

        Fake.DropWatchConnections();
        Fake.Delete(Nodes, null, "vanished");
        Fake.Add(Nodes, Node("created"));
        Fake.ExpireWatches();
        await Wait.UntilAsync(
            () => informer.Cache.Get(null, "created") is not null, "the relist", () => clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.That(informer.Cache.Snapshot.Keys, Is.EquivalentTo(new[] { "kept", "created" }));
        Assert.That(
            informer.DrainChanges().Select(c => (c.Type, c.Object.Metadata.Name)),
            Is.EquivalentTo(new[] { (CacheChangeType.Deleted, "vanished"), (CacheChangeType.Added, "created") }));
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(2));
        Assert.That(relists.Total, Is.EqualTo(1));
        Assert.That(informer.IsRunning, Is.True);
    }
}
