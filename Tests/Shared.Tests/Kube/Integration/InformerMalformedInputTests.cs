using System.Text.Json.Nodes;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>The whole malformed corpus, through the fake API server's watches and lists, against the real
/// informer of every cached resource: nothing crashes, everything is counted, and the cache keeps serving
/// and converges on the next valid event.</summary>
internal sealed class InformerMalformedInputTests : FakeKubeFixture
{
    [TestCaseSource(typeof(MalformedCorpus), nameof(MalformedCorpus.Resources))]
    public Task Watch_EveryMalformedLine_SkippedCountedAndTheNextEventApplied(string plural) => RunAsync(plural, list: false);

    [TestCaseSource(typeof(MalformedCorpus), nameof(MalformedCorpus.Resources))]
    public Task List_MalformedItems_SkippedCountedAndTheValidOnesServed(string plural) => RunAsync(plural, list: true);

    private Task RunAsync(string plural, bool list) => plural switch
    {
        "nodes" => RunAsync(KubeResources.Nodes, list),
        "namespaces" => RunAsync(KubeResources.Namespaces, list),
        "persistentvolumeclaims" => RunAsync(KubeResources.PersistentVolumeClaims, list),
        "persistentvolumes" => RunAsync(KubeResources.PersistentVolumes, list),
        "storageclasses" => RunAsync(KubeResources.StorageClasses, list),
        "csinodes" => RunAsync(KubeResources.CsiNodes, list),
        _ => RunAsync(KubeResources.Pods, list),
    };

    private Task RunAsync<T>(KubeResource<T> resource, bool list)
        where T : class, IKubeObject => list ? ListCorpusAsync(resource) : WatchCorpusAsync(resource);

    private async Task WatchCorpusAsync<T>(KubeResource<T> resource)
        where T : class, IKubeObject
    {
        var lines = MalformedCorpus.WatchLines(resource.Plural);
        using var malformed = new CacheCounterListener("stork_cache_malformed_watch_lines_total", resource.Plural);
        Fake.Add(resource.CollectionPath, MalformedCorpus.Valid(resource.Plural, "before"));
        await using var informer = await InformerHarness<T>.SyncedAsync(Api, resource);
        await Fake.WaitForWatchAsync(resource.CollectionPath, 1, Timeout);
        informer.DrainChanges();

        foreach (var (_, line) in lines)
        {
            Fake.InjectWatchLine(resource.CollectionPath, line);
        }

        Fake.Add(resource.CollectionPath, MalformedCorpus.Valid(resource.Plural, "after"));
        var change = await informer.NextChangeAsync();

        Assert.That((change.Type, change.Object.Metadata.Name), Is.EqualTo((CacheChangeType.Added, "after")), "no malformed line became a change");
        Assert.That(informer.Cache.Snapshot.Items.Select(i => i.Metadata.Name).Order(), Is.EqualTo(new[] { "after", "before" }));
        Assert.That(malformed.Total, Is.EqualTo(lines.Count));
        Assert.That(informer.IsRunning, Is.True);
        Assert.That(informer.Lifetime.StopRequested, Is.False);
        Assert.That(Fake.WatchesOpened(resource.CollectionPath), Is.EqualTo(1), "malformed lines do not break the watch");
    }

    private async Task ListCorpusAsync<T>(KubeResource<T> resource)
        where T : class, IKubeObject
    {
        // The fake stores objects by name, so only the kinds that keep a readable name can be listed; the
        // others are covered by the decode tests. It stamps resourceVersion, which repairs that kind.
        var kinds = MalformedCorpus.Objects(resource.Plural).Select(k => k.Kind).ToList();
        var bad = kinds
            .Select((kind, i) => (kind, obj: MalformedCorpus.Objects(resource.Plural, $"bad-{i}")[i].Object))
            .Where(k => k.kind != "resourceversion-number" && k.obj is JsonObject { } o && o["metadata"] is JsonObject m
                && m["name"] is JsonValue name && name.TryGetValue<string>(out var text) && text.Length > 0)
            .Select(k => k.obj!.AsObject())
            .ToList();
        using var rejected = new CacheCounterListener("stork_cache_rejected_list_items_total", resource.Plural);
        Fake.Add(resource.CollectionPath, MalformedCorpus.Valid(resource.Plural, "good"));
        Fake.Seed(resource.CollectionPath, bad);

        await using var informer = await InformerHarness<T>.SyncedAsync(Api, resource);
        await Fake.WaitForWatchAsync(resource.CollectionPath, 1, Timeout);
        Fake.Add(resource.CollectionPath, MalformedCorpus.Valid(resource.Plural, "later"));
        var change = await NextAddedAsync(informer, "later");

        Assert.That(bad, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(change.Object.Metadata.Name, Is.EqualTo("later"));
        Assert.That(informer.Cache.Snapshot.Items.Select(i => i.Metadata.Name).Order(), Is.EqualTo(new[] { "good", "later" }));
        Assert.That(rejected.Total, Is.EqualTo(bad.Count));
        Assert.That(informer.IsRunning, Is.True);
        Assert.That(informer.Lifetime.StopRequested, Is.False);
    }

    private static async Task<CacheChange<T>> NextAddedAsync<T>(InformerHarness<T> informer, string name)
        where T : class, IKubeObject
    {
        while (true)
        {
            var change = await informer.NextChangeAsync();
            if (change.Type == CacheChangeType.Added && change.Object.Metadata.Name == name)
            {
                return change;
            }
        }
    }
}
