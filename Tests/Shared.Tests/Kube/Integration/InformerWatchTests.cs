using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>An informer against the fake API server: the paged first list, watch events, bad lines, bad credentials.</summary>
internal sealed class InformerWatchTests : FakeKubeFixture
{

    [Test]
    public async Task Start_SeveralPages_SyncsEveryObject()
    {
        Fake.Seed(Nodes, SeveralNodes(5));
        await using var informer = new InformerHarness<Node>(Api, KubeResources.Nodes);
        Assert.That(informer.Cache.IsSynced, Is.False);

        await informer.StartAsync();
        await informer.WaitForSyncAsync();

        Assert.That(informer.Cache.IsSynced, Is.True);
        Assert.That(informer.Cache.Snapshot.Keys, Is.EquivalentTo(new[] { "node-0", "node-1", "node-2", "node-3", "node-4" }));
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(3), "three pages of two");
    }

    [Test]
    public async Task Watch_AddModifyDelete_AppliedToTheCacheAndNotified()
    {
        Fake.Add(Pvcs, Pvc("apps", "existing"));
        await using var informer = await InformerHarness<PersistentVolumeClaim>.SyncedAsync(
            Api, KubeResources.PersistentVolumeClaims);
        Assert.That(await informer.NextChangeAsync(), Has.Property("Type").EqualTo(CacheChangeType.Added));

        Fake.Add(Pvcs, Pvc("apps", "data"));
        var added = await informer.NextChangeAsync();
        Fake.Update(Pvcs, Pvc("apps", "data", volumeName: "pv-1"));
        var modified = await informer.NextChangeAsync();
        var afterModify = informer.Cache.Get("apps", "data");
        Fake.Delete(Pvcs, "apps", "data");
        var deleted = await informer.NextChangeAsync();

        Assert.That((added.Type, added.Object.Metadata.Name), Is.EqualTo((CacheChangeType.Added, "data")));
        Assert.That((modified.Type, modified.Object.Spec.VolumeName), Is.EqualTo((CacheChangeType.Modified, "pv-1")));
        Assert.That(afterModify?.Spec.VolumeName, Is.EqualTo("pv-1"));
        Assert.That((deleted.Type, deleted.Object.Metadata.Name), Is.EqualTo((CacheChangeType.Deleted, "data")));
        Assert.That(informer.Cache.Get("apps", "data"), Is.Null);
        Assert.That(informer.Cache.Snapshot.Keys, Is.EqualTo(new[] { "apps/existing" }));
        Assert.That(Fake.Requests(Pvcs, FakeKubeVerb.List), Is.EqualTo(1));
    }

    [Test]
    public async Task Watch_MalformedLine_SkippedCountedAndTheNextEventApplied()
    {
        using var malformed = new CacheCounterListener("stork_cache_malformed_watch_lines_total", "nodes");
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);

        Fake.InjectMalformedWatchLine();
        Fake.Add(Nodes, Node("after"));
        var change = await informer.NextChangeAsync();

        Assert.That((change.Type, change.Object.Metadata.Name), Is.EqualTo((CacheChangeType.Added, "after")));
        Assert.That(malformed.Total, Is.EqualTo(1));
        Assert.That(Fake.WatchesOpened(Nodes), Is.EqualTo(1), "a bad line does not end the watch");
        Assert.That(informer.IsRunning, Is.True);
    }

    [Test]
    public async Task List_PersistentlyUnauthorized_NeverSyncedAndTheHostKeepsRunning()
    {
        Fake.Add(Nodes, Node("node-a"));
        Fake.ValidTokens = ["someone-else"];
        await using var informer = new InformerHarness<Node>(Api, KubeResources.Nodes);

        await informer.StartAsync();
        await Fake.WaitForRequestsAsync(Nodes, FakeKubeVerb.List, 4, Timeout);

        Assert.That(informer.Cache.IsSynced, Is.False);
        Assert.That(informer.Cache.Count, Is.Zero);
        Assert.That(informer.IsRunning, Is.True, "it keeps retrying with backoff");
        Assert.That(informer.Lifetime.StopRequested, Is.False);
        Assert.That(informer.Failure.HasFailed, Is.False);
        Assert.That(Fake.WatchesOpened(Nodes), Is.Zero);
    }

    [Test]
    public async Task Loop_Crashes_StopsTheHostRatherThanServeAStaleCache()
    {
        Fake.Add(Nodes, Node("node-a"));
        await using var informer = new InformerHarness<Node>(Api, KubeResources.Nodes);
        informer.Cache.Subscribe(_ => throw new InvalidOperationException("a broken subscriber"));

        await informer.StartAsync();
        await Wait.UntilAsync(() => !informer.IsRunning, "the cache loop to end");

        Assert.That(informer.Lifetime.StopRequested, Is.True);
        Assert.That(informer.Failure.HasFailed, Is.True, "the process exits with code 1");
    }
}
