using System.Text.Json.Nodes;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary><see cref="KubeResource{T}.Keep"/>: what the cache holds of listed and watched objects is what the
/// resource keeps, not what was decoded.</summary>
internal sealed class InformerKeepTests : FakeKubeFixture
{
    /// <summary>Nodes without their labels.</summary>
    private static readonly KubeResource<Node> NodesWithoutLabels = KubeResources.Nodes with
    {
        Keep = node => node with { Metadata = node.Metadata with { Labels = null } },
    };

    [Test]
    public async Task List_ObjectsAreKept()
    {
        Fake.Seed(Nodes, SeveralNodes(3).Select(Labelled));

        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, NodesWithoutLabels);

        Assert.That(informer.Cache.Count, Is.EqualTo(3));
        Assert.That(informer.Cache.Snapshot.Items.Select(n => n.Metadata.Labels), Is.All.Null);
    }

    [Test]
    public async Task Watch_AddedAndModifiedObjectsAreKept()
    {
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, NodesWithoutLabels);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);

        Fake.Add(Nodes, Labelled(Node("node-1")));
        var added = await informer.NextChangeAsync();
        Fake.Update(Nodes, Labelled(Node("node-1")));
        var modified = await informer.NextChangeAsync();

        Assert.That(added.Object.Metadata.Labels, Is.Null);
        Assert.That(modified.Object.Metadata.Labels, Is.Null);
        Assert.That(informer.Cache.Get(null, "node-1")!.Metadata.Labels, Is.Null);
    }

    [Test]
    public async Task Nothing_ToKeep_ObjectsAreHeldAsDecoded()
    {
        Fake.Seed(Nodes, [Labelled(Node("node-1"))]);

        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes);

        Assert.That(informer.Cache.Get(null, "node-1")!.Metadata.Labels, Is.Not.Null);
    }

    private static JsonObject Labelled(JsonObject node)
    {
        node["metadata"]!["labels"] = new JsonObject { ["zone"] = "a" };
        return node;
    }
}
