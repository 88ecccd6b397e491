using System.Runtime.InteropServices;
using System.Text;
using Stork.Scoring.Cluster;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Tests.Cluster;

/// <summary>Issue 11: the answers copy the pre-encoded names of a table from consecutive memory.</summary>
internal sealed class NodeTableTests
{
    private static KubeNodeInfo Node(string name) => new(name, [], [], new Dictionary<string, string>(), false);

    private static ArraySegment<byte> Segment(ReadOnlyMemory<byte> json) =>
        MemoryMarshal.TryGetArray(json, out var segment) ? segment : throw new AssertionException("not array-backed");

    [Test]
    public void Of_PreEncodedNames_EndToEndInOneArrayInSlotOrder()
    {
        var table = NodeTable.Of(new[] { "a", "bb", "c\"c" }.Select(Node));

        var segments = Enumerable.Range(0, table.Count).Select(slot => Segment(table.EntryAt(slot).Json)).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(segments.Select(s => s.Array).Distinct().Count(), Is.EqualTo(1));
            Assert.That(segments.Skip(1).Select((s, i) => s.Offset - (segments[i].Offset + segments[i].Count)), Is.All.Zero);
            Assert.That(Encoding.UTF8.GetString(table.JsonAt(2)), Is.EqualTo(Encoding.UTF8.GetString(HostJson.Of("c\"c"))));
        });
    }

    [Test]
    public void With_NewNode_EncodedAloneWhileTheOthersKeepTheirs()
    {
        var before = NodeTable.Of(new[] { "a", "b" }.Select(Node));

        var after = before.With(Node("c"));

        Assert.Multiple(() =>
        {
            Assert.That(after.EntryAt(0), Is.SameAs(before.EntryAt(0)));
            Assert.That(after.EntryAt(1), Is.SameAs(before.EntryAt(1)));
            Assert.That(Encoding.UTF8.GetString(after.JsonAt(2)), Is.EqualTo(Encoding.UTF8.GetString(HostJson.Of("c"))));
        });
    }
}
