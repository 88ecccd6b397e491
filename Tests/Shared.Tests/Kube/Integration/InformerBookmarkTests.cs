using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Time;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>Bookmarks keep a quiet watch's resourceVersion fresh. The fake remembers only a few changes; writes
/// to another resource push the nodes watch's resourceVersion out of that history. A watch that got a bookmark
/// resumes after a dropped connection; one that did not gets 410 and lists again.</summary>
internal sealed class InformerBookmarkTests : FakeKubeFixture
{
    protected override int HistoryLimit => 3;

    [Test]
    public async Task Bookmark_ThenDropAfterHistoryMovedOn_ResumesWithoutListing()
    {
        Fake.Add(Nodes, Node("node-a"));
        var clock = new ManualTimeProvider();
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes, time: clock);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);
        Fake.Seed(Namespaces, Enumerable.Range(0, 5).Select(i => Namespace($"ns-{i}")));

        clock.Advance(TimeSpan.FromMinutes(1));
        Fake.SendBookmark();
        await Wait.UntilAsync(() => informer.Cache.LastContact == clock.GetUtcNow(), "the bookmark to reach the informer");
        Fake.DropWatchConnections();
        await Fake.WaitForWatchAsync(Nodes, 2, Timeout);
        Fake.Add(Nodes, Node("node-b"));
        await Wait.UntilAsync(() => informer.Cache.Get(null, "node-b") is not null, "node-b through the resumed watch");

        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(1));
        Assert.That(informer.IsRunning, Is.True);
    }

    [Test]
    public async Task NoBookmark_DropAfterHistoryMovedOn_ListsAgain()
    {
        Fake.Add(Nodes, Node("node-a"));
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);
        Fake.Seed(Namespaces, Enumerable.Range(0, 5).Select(i => Namespace($"ns-{i}")));

        Fake.DropWatchConnections();
        await Fake.WaitForWatchAsync(Nodes, 2, Timeout);

        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(2));
        Assert.That(informer.Cache.Get(null, "node-a"), Is.Not.Null);
        Assert.That(informer.IsRunning, Is.True);
    }
}
