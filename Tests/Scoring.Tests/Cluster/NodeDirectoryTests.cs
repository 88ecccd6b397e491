using Stork.Scoring.Cluster;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Tests.Cluster;

internal sealed class NodeDirectoryTests
{
    private static Node Node(string name, string zone) => new()
    {
        Metadata = new() { Name = name, Labels = new Dictionary<string, string> { ["topology.kubernetes.io/zone"] = zone } },
        Status = new() { Addresses = [new() { Type = "InternalIP", Address = "10.0.0.1" }] },
    };

    [Test]
    public void Current_CacheUnchanged_ReturnsTheSameDirectory()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a", "z1"), Node("b", "z2")]);
        var directory = new NodeDirectory(cache);

        var first = directory.Current();

        Assert.That(directory.Current(), Is.SameAs(first));
    }

    [Test]
    public void Current_EveryCachedNode_ReducedByName()
    {
        var a = Node("a", "z1");
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([a, Node("b", "z2")]);

        var nodes = new NodeDirectory(cache).Current();

        Assert.That(nodes.Nodes.Select(n => n.Name), Is.EquivalentTo(new[] { "a", "b" }));
        Assert.That(nodes.Find("a")!.Cached!, Is.SameAs(NodeInfos.Of(a)));
        Assert.That(nodes.Find("a")!.Cached!.InternalIps, Is.EqualTo(new[] { "10.0.0.1" }));
    }

    [Test]
    public void Current_AfterCacheChange_SeesTheChange()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a", "z1")]);
        var directory = new NodeDirectory(cache);
        var before = directory.Current();

        cache.Upsert(Node("a", "z9"));
        cache.Upsert(Node("c", "z3"));

        var after = directory.Current();
        Assert.That(after.Nodes.Select(n => n.Name), Is.EquivalentTo(new[] { "a", "c" }));
        Assert.That(after.Find("a")!.Cached!.Labels["topology.kubernetes.io/zone"], Is.EqualTo("z9"));
        Assert.That(before.Find("a")!.Cached!.Labels["topology.kubernetes.io/zone"], Is.EqualTo("z1"));
    }

    [Test]
    public void Subscribe_ChangesThatMatter_NotifiedByNameAndHeartbeatsNot()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a", "z1"), Node("b", "z2")]);
        var directory = new NodeDirectory(cache);
        var notified = new List<string>();
        directory.Subscribe(notified.Add);

        cache.Upsert(Node("a", "z1") with { Metadata = Node("a", "z1").Metadata with { ResourceVersion = "2" } });
        cache.Upsert(Node("b", "z9"));
        cache.Upsert(Node("c", "z3"));
        cache.Delete(Node("a", "z1"));

        Assert.That(notified, Is.EqualTo(new[] { "b", "c", "a" }));
    }

    /// <summary>Issue 13 item 7: odd cached content stays with its node; the others resolve as usual.</summary>
    [Test]
    public void Current_NodeWithNullAddressAndNoLabels_ToleratedNextToTheOthers()
    {
        var odd = new Node { Metadata = new() { Name = "odd" }, Status = new() { Addresses = [null!, new() { Type = "Hostname" }] } };
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([odd, Node("b", "z2")]);

        var nodes = new NodeDirectory(cache).Current();

        Assert.That(nodes.Find("odd")!.Cached!.Hostnames, Is.Empty);
        Assert.That(nodes.Find("odd".AsSpan())!.Cached!.Labels, Is.Empty);
        Assert.That(nodes.Find("b")!.Cached!.InternalIps, Is.EqualTo(new[] { "10.0.0.1" }));
    }

    /// <summary>Issue 11: a heartbeat (a new object, nothing placement reads changed) publishes nothing.</summary>
    [Test]
    public void Current_AfterHeartbeat_SameTable()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a", "z1"), Node("b", "z2")]);
        var directory = new NodeDirectory(cache);
        var before = directory.Current();

        cache.Upsert(Node("a", "z1"));

        Assert.That(directory.Current(), Is.SameAs(before));
    }

    /// <summary>Issue 11: a label change touches its own entry only; a delete drops its entry.</summary>
    [Test]
    public void Current_AfterLabelChangeAndDelete_OnlyThoseEntriesChange()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a", "z1"), Node("b", "z2"), Node("c", "z3")]);
        var directory = new NodeDirectory(cache);
        var before = directory.Current();

        cache.Upsert(Node("a", "z9"));
        cache.Delete(Node("c", "z3"));

        var after = directory.Current();
        Assert.That(after, Is.Not.SameAs(before));
        Assert.That(after.Find("a")!.Cached!.Labels["topology.kubernetes.io/zone"], Is.EqualTo("z9"));
        Assert.That(after.Find("b")!.Cached, Is.SameAs(before.Find("b")!.Cached), "not reduced again");
        Assert.That(after.Find("c"), Is.Null);
        Assert.That(after.Nodes.Select(n => n.Name), Is.EquivalentTo(new[] { "a", "b" }));
    }

    /// <summary>Issue 11: a request names nodes by their bytes; a deleted node is found no more, and found again once back.</summary>
    [Test]
    public void Current_DeletedThenBack_FoundByBytesOnlyWhilePresent()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a", "z1"), Node("b", "z2")]);
        var directory = new NodeDirectory(cache);

        cache.Delete(Node("a", "z1"));
        var deleted = directory.Current();
        cache.Upsert(Node("a", "z3"));
        cache.Upsert(Node("new", "z4"));
        var back = directory.Current();

        Assert.Multiple(() =>
        {
            Assert.That(deleted.SlotOf("a"u8), Is.EqualTo(-1));
            Assert.That(deleted.Find("a"), Is.Null);
            Assert.That(deleted.Nodes.Select(n => n.Name), Is.EqualTo(new[] { "b" }));
            Assert.That(back.Nodes[back.SlotOf("a"u8)].Labels["topology.kubernetes.io/zone"], Is.EqualTo("z3"));
            Assert.That(back.EntryAt(back.SlotOf("new"u8)).Name, Is.EqualTo("new"));
            Assert.That(back.EntryAt(back.SlotOf("b"u8)), Is.SameAs(deleted.EntryAt(deleted.SlotOf("b"u8))));
            Assert.That(back.Nodes.Select(n => n.Name), Is.EquivalentTo(new[] { "a", "b", "new" }));
        });
    }

    /// <summary>A name that is not valid UTF-16 (a lone surrogate) names no node.</summary>
    [Test]
    public void Find_LoneSurrogate_Null()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a\uFFFD", "z1")]);

        Assert.That(new NodeDirectory(cache).Current().Find("a\uD800"), Is.Null);
    }

    /// <summary>Issue 11: a node's slot is its index in <see cref="NodeTable.Nodes"/> (what a topology is built over),
    /// also after a change, an addition and a delete.</summary>
    [Test]
    public void Current_AfterChanges_EverySlotIsTheIndexInNodes()
    {
        var cache = new ResourceCache<Node>(KubeResources.Nodes);
        cache.Replace([Node("a", "z1"), Node("b", "z2"), Node("c", "z3"), Node("d", "z4")]);
        var directory = new NodeDirectory(cache);

        cache.Upsert(Node("b", "z9"));
        cache.Upsert(Node("e", "z5"));
        cache.Delete(Node("a", "z1"));
        var table = directory.Current();

        Assert.Multiple(() =>
        {
            Assert.That(table.Nodes.Select(n => n.Name), Is.EquivalentTo(new[] { "b", "c", "d", "e" }));
            foreach (var (node, slot) in table.Nodes.Select((n, i) => (n, i)))
            {
                Assert.That(table.Find(node.Name)!.Slot, Is.EqualTo(slot), node.Name);
                Assert.That(table.Find(node.Name)!.Cached, Is.SameAs(node), node.Name);
            }
        });
    }
}
