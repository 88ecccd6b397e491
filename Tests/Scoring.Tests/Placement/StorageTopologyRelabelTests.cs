using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;

namespace Stork.Scoring.Tests.Placement;

/// <summary>Issue 11: a label change locates its storage node again in the topology instead of building it anew; the
/// result must be the topology a fresh build gives.</summary>
internal sealed class StorageTopologyRelabelTests
{
    private static readonly StorageNodeStatus[] States = [StorageNodeStatus.Online, StorageNodeStatus.StorageDown, StorageNodeStatus.Offline];

    private static KubeNodeInfo Kube(int i, string rack, string zone = "z1") => new(
        "node-" + i,
        ["host-" + i],
        ["10.0.0." + i],
        new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = rack, [AnnotationKeys.Zone] = zone, ["other"] = "x" },
        false);

    /// <summary>Storage nodes found by scheduler name, by id, by hostname and by address only; one without a Kubernetes node.</summary>
    private static readonly StorageNode[] Storage =
    [
        new("px-0", "node-0", "", [], StorageNodeStatus.Online),
        new("node-1", "", "", [], StorageNodeStatus.Online),
        new("px-2", "", "host-2", [], StorageNodeStatus.StorageDown),
        new("px-3", "", "", ["10.0.0.3"], StorageNodeStatus.Online),
        new("px-4", "node-4", "", [], StorageNodeStatus.Offline),
        new("px-9", "node-9", "", [], StorageNodeStatus.Online),
        new("px-5", "node-5", "", [], StorageNodeStatus.Online),
    ];

    private static KubeNodeInfo[] Nodes() => [.. Enumerable.Range(0, 6).Select(i => Kube(i, "r" + (i % 2)))];

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Relabel_OneNodesRackChanged_AsAFreshBuild(int changed)
    {
        var before = Nodes();
        var after = (KubeNodeInfo[])before.Clone();
        after[changed] = Kube(changed, "r7", "z2");
        after[5] = before[5] with { Labels = new Dictionary<string, string>(before[5].Labels) { ["other"] = "y" } };
        var topology = StorageTopology.Build(Storage, before, AnnotationKeys.PortworxRack);

        var relabeled = topology.Relabel(after, AnnotationKeys.PortworxRack)!;

        AssertSame(relabeled, StorageTopology.Build(Storage, after, AnnotationKeys.PortworxRack), after);
        Assert.That(topology[changed].Locality, Is.EqualTo(StorageTopology.Build(Storage, before, AnnotationKeys.PortworxRack)[changed].Locality), "the old topology is left as it was");
    }

    [Test]
    public void Relabel_SameNodesInAnotherList_SharesTheLocatedNodesOverThatList()
    {
        var nodes = Nodes();
        var topology = StorageTopology.Build(Storage, nodes, AnnotationKeys.PortworxRack);
        KubeNodeInfo[] same = [.. nodes];

        var onto = topology.Relabel(same, AnnotationKeys.PortworxRack)!;

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, topology.Count).All(i => ReferenceEquals(onto[i], topology[i])), Is.True);
            Assert.That(onto.IsOver(same), Is.True);
            Assert.That(topology.Relabel(nodes, AnnotationKeys.PortworxRack), Is.SameAs(topology));
        });
    }

    private static IEnumerable<TestCaseData> NotInPlace()
    {
        var nodes = Nodes();
        yield return new TestCaseData((object)nodes[..5]).SetName("Relabel_NodeRemoved_Null");
        KubeNodeInfo[] added = [.. nodes, Kube(6, "r1")];
        KubeNodeInfo[] reordered = [nodes[1], nodes[0], .. nodes[2..]];
        KubeNodeInfo[] readdressed = [nodes[0] with { InternalIps = ["10.0.0.3"] }, .. nodes[1..]];
        yield return new TestCaseData((object)added).SetName("Relabel_NodeAdded_Null");
        yield return new TestCaseData((object)reordered).SetName("Relabel_NodesReordered_Null");
        yield return new TestCaseData((object)readdressed).SetName("Relabel_AddressChanged_Null");
    }

    [TestCaseSource(nameof(NotInPlace))]
    public void Relabel_ListChangedOtherwise_Null(KubeNodeInfo[] after)
    {
        var topology = StorageTopology.Build(Storage, Nodes(), AnnotationKeys.PortworxRack);

        Assert.That(topology.Relabel(after, AnnotationKeys.PortworxRack), Is.Null);
    }

    [Test]
    public void Relabel_ManyTimes_LocalityIdsStayBounded()
    {
        var nodes = Nodes();
        var topology = StorageTopology.Build(Storage, nodes, AnnotationKeys.PortworxRack);

        for (var round = 0; round < 100 && topology.Relabel(nodes, AnnotationKeys.PortworxRack) is { } next; round++)
        {
            nodes = [Kube(0, "rack-" + round), .. nodes[1..]];
            topology = next;
        }

        Assert.That(topology.LocalityCount, Is.LessThanOrEqualTo((2 * Storage.Length) + 17));
    }

    private static void AssertSame(StorageTopology actual, StorageTopology expected, KubeNodeInfo[] nodes)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.Count, Is.EqualTo(expected.Count));
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.That(actual[i], Is.EqualTo(expected[i]), "storage node " + i);
                for (var j = 0; j < expected.Count; j++)
                {
                    Assert.That(actual.LocalityId(i) == actual.LocalityId(j), Is.EqualTo(expected[i].Locality == expected[j].Locality), $"locality ids {i}, {j}");
                }
            }

            for (var k = 0; k < nodes.Length; k++)
            {
                Assert.That(actual.CandidateAt(k), Is.EqualTo(expected.CandidateAt(k)), "candidate at " + k);
                Assert.That(actual.Match(nodes[k]), Is.EqualTo(expected.Match(nodes[k])), "match of " + k);
            }
        });
    }
}
