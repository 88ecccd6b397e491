using System.Text;
using Stork.Scoring.Cluster;

namespace Stork.Scoring.Tests.Cluster;

internal sealed class NodeNameIndexTests
{
    private static int Find(NodeNameIndex index, string name) => index.Find(Encoding.UTF8.GetBytes(name));

    [Test]
    public void Find_EveryName_ItsSlotInTheOrderGiven()
    {
        string[] names = ["worker-1", "worker-10", "", "wörker-ü", "a.b.c", "worker-2"];

        var index = new NodeNameIndex(names);

        Assert.That(names.Select(n => Find(index, n)), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
    }

    [TestCase("worker")]
    [TestCase("worker-11")]
    [TestCase("worker-1 ")]
    [TestCase("Worker-1")]
    [TestCase("orker-1")]
    public void Find_UnknownName_MinusOne(string name)
    {
        var index = new NodeNameIndex(["worker-1", "worker-10", "worker-2"]);

        Assert.That(Find(index, name), Is.EqualTo(-1));
    }

    /// <summary>Many names in a table of a few buckets each: every probe chain is walked to its end.</summary>
    [Test]
    public void Find_ThousandsOfNames_EachFoundAndNoOther()
    {
        var names = Enumerable.Range(0, 5000).Select(i => "node-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var index = new NodeNameIndex(names);

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, names.Length).All(i => Find(index, names[i]) == i), Is.True);
            Assert.That(Enumerable.Range(5000, 2000).Count(i => Find(index, "node-" + i) >= 0), Is.Zero);
        });
    }

    [Test]
    public void Find_EqualNamesGiven_TheFirstSlot()
    {
        var index = new NodeNameIndex(["a", "b", "a"]);

        Assert.That(Find(index, "a"), Is.EqualTo(0));
    }

    [Test]
    public void Find_NoNames_MinusOne()
    {
        Assert.That(Find(new NodeNameIndex([]), "a"), Is.EqualTo(-1));
    }
}
