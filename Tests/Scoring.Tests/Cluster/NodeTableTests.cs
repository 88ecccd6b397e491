using System.Text;
using System.Text.Json;
using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Tests.Cluster;

/// <summary>Issue 11: the answers copy a table's names from its name index; the table's names are its nodes' strings.</summary>
internal sealed class NodeTableTests
{
    private static KubeNodeInfo Node(string name, string zone = "z1") =>
        new(name, [], [], new Dictionary<string, string> { ["topology.kubernetes.io/zone"] = zone }, false);

    [TestCase("ip-10-0-0-1.ec2.internal")]
    [TestCase("worker_1")]
    public void PlainNameAt_NameTheWriterLeavesAsIs_ItsUtf8Bytes(string name)
    {
        var table = NodeTable.Of([Node("other"), Node(name)]);

        Assert.That(Encoding.UTF8.GetString(table.PlainNameAt(1)), Is.EqualTo(name));
        Assert.That("\"" + name + "\"", Is.EqualTo(JsonSerializer.Serialize(name)), "what Utf8JsonWriter writes");
    }

    [TestCase("c\"c")]
    [TestCase("a+b")]
    [TestCase("wörker")]
    [TestCase("<x>")]
    public void PlainNameAt_NameTheWriterEscapes_Empty(string name)
    {
        var table = NodeTable.Of([Node(name)]);

        Assert.That(table.PlainNameAt(0).IsEmpty, Is.True);
    }

    [Test]
    public void With_ChangedNode_ItsNameIsTheNewNodesOwnString()
    {
        var before = NodeTable.Of([Node("a"), Node("b")]);
        var changed = Node(new string("a".AsSpan()), "z2");

        var after = before.With(changed);

        Assert.Multiple(() =>
        {
            Assert.That(after.NameAt(0), Is.SameAs(changed.Name));
            Assert.That(after.EntryAt(0).Name, Is.SameAs(changed.Name));
            Assert.That(after.EntryAt(1), Is.SameAs(before.EntryAt(1)));
        });
    }
}
