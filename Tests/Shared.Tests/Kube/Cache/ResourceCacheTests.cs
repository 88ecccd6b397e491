using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Tests.Kube.Cache;

internal sealed class ResourceCacheTests
{
    private static Node NodeAt(string name, string resourceVersion) => new() { Metadata = new() { Name = name, ResourceVersion = resourceVersion } };

    [Test]
    public void Replace_AfterChanges_NotifiesAddsModificationsAndSyntheticDeletes()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([NodeAt("kept", "1"), NodeAt("changed", "1"), NodeAt("vanished", "1")]);
        var changes = new List<(CacheChangeType, string?)>();
        cache.Subscribe(c => changes.Add((c.Type, c.Object.Metadata.Name)));

        cache.Replace([NodeAt("kept", "1"), NodeAt("changed", "2"), NodeAt("new", "3")]);

        Assert.That(changes, Is.EquivalentTo(new[]
        {
            (CacheChangeType.Modified, "changed"),
            (CacheChangeType.Added, "new"),
            (CacheChangeType.Deleted, "vanished"),
        }));
        Assert.That(cache.Get(null, "vanished"), Is.Null);
    }

    [Test]
    public void Replace_First_MarksSynced()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        Assert.That(cache.IsSynced, Is.False);

        cache.Replace([]);

        Assert.That(cache.IsSynced, Is.True);
    }

    [Test]
    public void Upsert_NewThenExisting_NotifiesAddedThenModified()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        var types = new List<CacheChangeType>();
        cache.Subscribe(c => types.Add(c.Type));

        cache.Upsert(NodeAt("n", "1"));
        cache.Upsert(NodeAt("n", "2"));
        cache.Delete(NodeAt("n", "3"));

        Assert.That(types, Is.EqualTo(new[] { CacheChangeType.Added, CacheChangeType.Modified, CacheChangeType.Deleted }));
        Assert.That(cache.Count, Is.Zero);
    }
}
