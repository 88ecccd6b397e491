using System.Runtime.CompilerServices;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Time;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>What a relist keeps and what it leaves behind: the cached instance of every object that did not change
/// (its fresh copy is garbage at once), the new instance of one that did, and nothing of the previous list.</summary>
internal sealed class InformerRelistMemoryTests : FakeKubeFixture
{
    [Test]
    public async Task Relist_AfterGone_KeepsUnchangedInstancesAndTakesTheChangedOne()
    {
        Fake.Seed(Nodes, SeveralNodes(20));
        var clock = new ManualTimeProvider();
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes, time: clock);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);
        var before = informer.Cache.Snapshot;

        await RelistAfterAsync(informer, clock, () => Fake.Update(Nodes, Node("node-3")),
            () => !ReferenceEquals(informer.Cache.Get(null, "node-3"), before.Get(null, "node-3")));

        var after = informer.Cache.Snapshot;
        Assert.That(after.Keys, Is.EquivalentTo(before.Keys));
        Assert.That(after.Keys.Where(k => !ReferenceEquals(after.GetByKey(k), before.GetByKey(k))), Is.EquivalentTo(new[] { "node-3" }));
        Assert.That(informer.DrainChanges().Select(c => (c.Type, c.Object.Metadata.Name)),
            Is.EqualTo(new[] { (CacheChangeType.Modified, "node-3") }));
    }

    [Test]
    public async Task Relist_AfterGone_PreviousInstancesOfChangedAndVanishedObjectsAreCollectable()
    {
        Fake.Seed(Nodes, SeveralNodes(4));
        var clock = new ManualTimeProvider();
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes, time: clock);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);
        var previous = WeaklyHeld(informer.Cache, "node-1", "node-2");

        await RelistAfterAsync(informer, clock, () =>
        {
            Fake.Update(Nodes, Node("node-1"));
            Fake.Delete(Nodes, null, "node-2");
        }, () => informer.Cache.Get(null, "node-2") is null);
        informer.DrainChanges();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.That(informer.Cache.Count, Is.EqualTo(3));
        Assert.That(previous.Count(w => w.IsAlive), Is.Zero, "instances the relist replaced or dropped are still reachable");
    }

    /// <summary>Cuts the watch (which made no progress, so the informer backs off on the manual clock), applies
    /// <paramref name="change"/> unseen, expires the history and advances the clock until <paramref name="relisted"/>.</summary>
    private async Task RelistAfterAsync(InformerHarness<Node> informer, ManualTimeProvider clock, Action change, Func<bool> relisted)
    {
        informer.DrainChanges();
        Fake.DropWatchConnections();
        change();
        Fake.ExpireWatches();
        await Wait.UntilAsync(relisted, "the relist", () => clock.Advance(TimeSpan.FromSeconds(1)));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> WeaklyHeld(ResourceCache<Node> cache, params string[] keys) =>
        [.. keys.Select(k => new WeakReference(cache.Snapshot.GetByKey(k)))];
}
