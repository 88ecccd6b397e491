using System.Text;
using System.Text.Json.Nodes;
using Stork.Scoring.Extender;

namespace Stork.Scoring.Tests.Extender;

internal sealed class ExtenderArgsReaderTests
{
    private static readonly string NodeJson = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "testdata", "fixtures", "node-minikube.json"));
    private static readonly string PodJson = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "testdata", "fixtures", "pod-with-sidecar.json"));

    private static readonly ExtenderArgsReader Reader = new(
        ["kubernetes.io/hostname", "topology.kubernetes.io/zone", "px/rack"],
        ["operator.libopenstorage.org/unschedulable"]);

    private static ExtenderArgs Read(string json) => Reader.Read(Encoding.UTF8.GetBytes(json)).Args!;

    [Test]
    public void Read_FullNodes_KeepsWantedFieldsAndRawRange()
    {
        var body = $$"""{"Pod":{{PodJson}},"Nodes":{"metadata":{},"items":[{{NodeJson}}]},"NodeNames":null}""";
        var bytes = Encoding.UTF8.GetBytes(body);

        var args = Reader.Read(bytes).Args!;

        var node = args.Nodes.Single();
        Assert.That(args.Form, Is.EqualTo(NodeForm.Nodes));
        Assert.That(node.Name, Is.EqualTo("minikube"));
        Assert.That(node.Labels, Is.EqualTo(new Dictionary<string, string> { ["kubernetes.io/hostname"] = "minikube" }));
        Assert.That(node.HostnameAddress, Is.EqualTo("minikube"));
        Assert.That(node.InternalIps, Is.EqualTo(new[] { "192.168.64.107" }));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(bytes.AsSpan()[node.Raw]), JsonNode.Parse(NodeJson)), Is.True);
        Assert.That(args.Pod.Metadata.Name, Is.EqualTo(JsonNode.Parse(PodJson)!["metadata"]!["name"]!.GetValue<string>()));
    }

    [TestCase("pod", "nodenames")]
    [TestCase("POD", "NODENAMES")]
    [TestCase("Pod", "NodeNames")]
    public void Read_KeysInAnyCase_DecodesLikeGo(string podKey, string namesKey)
    {
        var args = Read($$$"""{"{{{podKey}}}":{"metadata":{"name":"p"}},"{{{namesKey}}}":["a","b"]}""");

        Assert.That(args.Form, Is.EqualTo(NodeForm.NodeNames));
        Assert.That(args.Nodes.Select(n => n.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Read_UnwantedAnnotationsAndUnknownFields_AreSkipped()
    {
        var args = Read("""
            {"Pod":{"metadata":{"name":"p"}},"Extra":{"deep":[1,{"x":2}]},
             "Nodes":{"items":[{"metadata":{"name":"n","annotations":{"a":"1","operator.libopenstorage.org/unschedulable":"true"}},"spec":{}}]}}
            """);

        Assert.That(args.Nodes.Single().Annotations, Is.EqualTo(new Dictionary<string, string> { ["operator.libopenstorage.org/unschedulable"] = "true" }));
    }

    [TestCase("", "not valid JSON")]
    [TestCase("[]", "JSON object")]
    [TestCase("{\"Nodes\":null}", "no Pod")]
    [TestCase("{\"Pod\":{\"metadata\":{}},\"NodeNames\":[1]}", "array of strings")]
    [TestCase("{\"Pod\":{\"metadata\":{}},\"Nodes\":{\"items\":[{\"metadata\":{}}]}}", "no metadata.name")]
    [TestCase("{\"Pod\":{\"metadata\":{}},\"Nodes\":{\"items\":[{\"metadata\":{\"name\":\"x\"}}", "not valid JSON")]
    public void Read_Malformed_ErrorValueWithMessage(string json, string expected)
    {
        var read = Reader.Read(Encoding.UTF8.GetBytes(json));

        Assert.That(read.Args, Is.Null);
        Assert.That(read.Error, Does.Contain(expected));
    }

    /// <summary>Property: the reader returns a value (args or an error) for any mutation of a valid body; it never throws.</summary>
    [Test]
    public void Read_RandomByteMutationsOfValidBodies_NeverThrows()
    {
        var valid = System.Text.Encoding.UTF8.GetBytes(
            $$"""{"Pod":{{PodJson}},"Nodes":{"metadata":{},"items":[{{NodeJson}}]},"NodeNames":["a","b\u00e9"]}""");
        var reader = new ExtenderArgsReader(["topology.kubernetes.io/zone"], ["operator.libopenstorage.org/unschedulable"]);

        foreach (var body in ByteMutations.Of(valid, 3000, seed: 5))
        {
            Assert.DoesNotThrow(() => reader.Read(body), System.Text.Encoding.UTF8.GetString(body));
        }
    }

    /// <summary>Names as sent (bytes looked up in the table) and escaped (unescaped first) resolve to the cached node;
    /// an unknown name is a node of its own; bytes that are not UTF-8 are a 400 naming the field.</summary>
    [Test]
    public void Read_NodeNamesAgainstTable_ResolvedByBytesOrEscapes()
    {
        var table = Stork.Scoring.Cluster.NodeTable.Of(new[] { "node-a", "nöde-b" }.Select(n => new Stork.Scoring.Placement.KubeNodeInfo(n, [], [], new Dictionary<string, string>(), false)));
        var body = Encoding.UTF8.GetBytes("""{"Pod":{"metadata":{}},"NodeNames":["node-a","n\u00f6de-b","nöde-b","\u006eode-a","other"]}""");
        var badUtf8 = Encoding.UTF8.GetBytes("""{"Pod":{"metadata":{}},"NodeNames":["node-a","x?"]}""");
        badUtf8[^4] = 0xFF;

        var args = Reader.Read(body, table).Args!;
        var nodes = args.Nodes;
        var bad = Reader.Read(badUtf8, table);
        var allKnown = Reader.Read(Encoding.UTF8.GetBytes("""{"Pod":{"metadata":{}},"NodeNames":["nöde-b","node-a"]}"""), table).Args!;

        Assert.Multiple(() =>
        {
            Assert.That(nodes[0], Is.SameAs(table.Find("node-a")));
            Assert.That(nodes[1], Is.SameAs(table.Find("nöde-b")));
            Assert.That(nodes[2], Is.SameAs(table.Find("nöde-b")));
            Assert.That(nodes[3], Is.SameAs(table.Find("node-a")));
            Assert.That(nodes[4].Name, Is.EqualTo("other"));
            Assert.That(nodes[4].Cached, Is.Null);
            Assert.That(bad.Args, Is.Null);
            Assert.That(bad.Error, Does.Contain("NodeNames"));
            Assert.That(args.Slots, Is.Null, "not every name is the cache's");
            Assert.That(args.Table, Is.SameAs(table));
            Assert.That(allKnown.Slots, Is.EqualTo(new[] { table.Find("nöde-b")!.Slot, table.Find("node-a")!.Slot }));
            Assert.That(allKnown.Nodes, Is.EqualTo(new[] { table.Find("nöde-b"), table.Find("node-a") }));
            Assert.That(allKnown.Nodes[1], Is.SameAs(table.Find("node-a")));
        });
    }
}
