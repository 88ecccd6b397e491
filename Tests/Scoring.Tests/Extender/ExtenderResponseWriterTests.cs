using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stork.Scoring.Cluster;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Tests.Extender;

internal sealed class ExtenderResponseWriterTests
{
    private static readonly ExtenderArgsReader Reader = new([], []);

    /// <summary>A full-Nodes request of <paramref name="count"/> nodes of about 4 KB each.</summary>
    private static byte[] NodesRequest(int count)
    {
        var padding = new string('x', 4000);
        var items = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{{\"metadata\":{{\"name\":\"node-{i}\",\"annotations\":{{\"pad\":\"{padding}\"}}}}}}"));
        return Encoding.UTF8.GetBytes($$$"""{"Pod":{"metadata":{"name":"p"}},"Nodes":{"metadata":{},"items":[{{{string.Join(",", items)}}}]}}""");
    }

    /// <returns>The answer, and how often the writer flushed the pipe itself (before the caller's final flush).</returns>
    private static async Task<(JsonNode Answer, int Flushes)> WriteFilterAsync(byte[] request, Func<RequestNode, bool> passes)
    {
        var args = Reader.Read(request).Args!;
        var failed = args.Nodes.Where(n => !passes(n)).ToDictionary(n => n.Name, _ => "no");
        using var output = new CountingStream();
        var pipe = PipeWriter.Create(output);
        await ExtenderResponseWriter.WriteFilterNodesAsync(pipe, args.Nodes.Where(passes), request, failed, [], CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));
        var flushes = output.Flushes;
        await pipe.CompleteAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return (JsonNode.Parse(output.ToArray())!, flushes);
    }

    [Test]
    public async Task WriteFilterNodesAsync_LargeAnswer_EchoesEveryPassingNodeVerbatimInPieces()
    {
        var request = NodesRequest(200);

        var (answer, flushes) = await WriteFilterAsync(request, n => n.Name != "node-7");

        var sent = JsonNode.Parse(request)!["Nodes"]!["items"]!.AsArray().Where(n => (string)n!["metadata"]!["name"]! != "node-7").ToArray();
        var items = answer["Nodes"]!["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(199));
            Assert.That(items.Zip(sent).All(pair => JsonNode.DeepEquals(pair.First, pair.Second)), Is.True);
            Assert.That(answer["FailedNodes"]!["node-7"]!.GetValue<string>(), Is.EqualTo("no"));
            Assert.That(answer["NodeNames"], Is.Null);
            Assert.That(flushes, Is.GreaterThanOrEqualTo(3), "an answer of ~800 KB is handed on in pieces of 256 KB");
        });
    }

    [Test]
    public async Task WriteFilterNodesAsync_SmallAnswer_LeftForTheCallersFlush()
    {
        var (answer, flushes) = await WriteFilterAsync(NodesRequest(3), _ => true);

        Assert.That(answer["Nodes"]!["items"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That(flushes, Is.Zero);
    }

    [Test]
    public void WritePriorities_TableAndOtherNames_WritesWhatUtf8JsonWriterWrites()
    {
        string[] names = ["node-1", "a+b<é>\"q\"", "cached-elsewhere", "only-in-request"];
        var cached = NodeTable.Of(names[..3].Select(n => new KubeNodeInfo(n, [], [], new Dictionary<string, string>(), false)));
        RequestNode[] nodes = [cached.Find(names[0])!, cached.Find(names[1])!, cached.Find(names[2])!, ExtenderArgsReader.NameOnly(names[3])];
        NodeScore[] scores = [new(names[0], 100, []), new(names[1], -7, []), new("renamed", 5, []), new(names[3], 0, []), new("extra", 1, [])];
        var output = new ArrayBufferWriter<byte>();

        ExtenderResponseWriter.WritePriorities(output, nodes, scores, cached);

        var expected = PrioritiesByUtf8JsonWriter(scores);

        Assert.That(Encoding.UTF8.GetString(output.WrittenSpan), Is.EqualTo(Encoding.UTF8.GetString(expected.WrittenSpan)));
    }

    [Test]
    [TestCase(false)]
    [TestCase(true)]
    public void WriteFilterNames_TableAndOtherNames_WritesWhatUtf8JsonWriterWrites(bool allInTable)
    {
        string[] names = ["node-1", "a+b<é>\"q\"", "node-failing"];
        var cached = NodeTable.Of(names.Select(n => new KubeNodeInfo(n, [], [], new Dictionary<string, string>(), false)));
        RequestNode[] request = allInTable
            ? [cached.Find(names[0])!, cached.Find(names[2])!, cached.Find(names[1])!, cached.Find(names[0])!]
            : [cached.Find(names[0])!, cached.Find(names[2])!, cached.Find(names[1])!, ExtenderArgsReader.NameOnly("only-in-request"), cached.Find(names[0])!];
        var nodes = request.Where(n => n.Name != "node-failing").ToArray();
        var failed = new Dictionary<string, string> { ["node-9"] = "Storage driver on this node is Offline", ["ü<x>"] = "a \"quoted\" reason" };
        var unresolvable = new Dictionary<string, string> { ["node-8"] = "gone" };
        var output = new ArrayBufferWriter<byte>();

        ExtenderResponseWriter.WriteFilterNames(
            output, request, [.. nodes.Select(n => n.Name)], cached, allInTable ? [.. request.Select(n => n.Slot)] : null, failed, unresolvable);

        var expected = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(expected))
        {
            json.WriteStartObject();
            json.WriteNull("Nodes");
            json.WriteStartArray("NodeNames");
            foreach (var node in nodes)
            {
                json.WriteStringValue(node.Name);
            }

            json.WriteEndArray();
            foreach (var (name, map) in new[] { ("FailedNodes", failed), ("FailedAndUnresolvableNodes", unresolvable) })
            {
                json.WriteStartObject(name);
                foreach (var (key, value) in map)
                {
                    json.WriteString(key, value);
                }

                json.WriteEndObject();
            }

            json.WriteString("Error", "");
            json.WriteEndObject();
        }

        Assert.That(Encoding.UTF8.GetString(output.WrittenSpan), Is.EqualTo(Encoding.UTF8.GetString(expected.WrittenSpan)));
        Assert.That(
            Encoding.UTF8.GetString(output.WrittenSpan),
            Does.StartWith(allInTable
                ? """{"Nodes":null,"NodeNames":["node-1","a\u002Bb\u003C\u00E9\u003E\u0022q\u0022","node-1"],"FailedNodes":{"""
                : """{"Nodes":null,"NodeNames":["node-1","a\u002Bb\u003C\u00E9\u003E\u0022q\u0022","only-in-request","node-1"],"FailedNodes":{"""));
    }

    /// <summary>An answer far larger than one span of the output: pieces are never lost or reordered at span ends.</summary>
    [Test]
    public void WritePriorities_ThousandsOfNodes_WritesWhatUtf8JsonWriterWrites()
    {
        var names = Enumerable.Range(0, 3000).Select(i => "ip-10-20-" + i + ".us-east-1.compute.internal").ToArray();
        var cached = NodeTable.Of(names.Select(n => new KubeNodeInfo(n, [], [], new Dictionary<string, string>(), false)));
        var nodes = names.Select(n => cached.Find(n)!).ToArray();
        var scores = names.Select((n, i) => new NodeScore(n, i % 7 == 0 ? long.MinValue : i * 37L, [])).ToArray();
        var output = new StingyBufferWriter();
        var fromTable = new StingyBufferWriter();
        var bySlotOfNode = new StingyBufferWriter();
        var slots = nodes.Select(n => n.Slot).ToArray();
        scores[5] = scores[5] with { Host = "renamed" };

        ExtenderResponseWriter.WritePriorities(output, nodes, scores);
        ExtenderResponseWriter.WritePriorities(fromTable, nodes, scores, cached, slots);
        ExtenderResponseWriter.WritePriorities(bySlotOfNode, nodes, scores, cached);

        var expected = PrioritiesByUtf8JsonWriter(scores);

        Assert.That(output.Written.SequenceEqual(expected.WrittenSpan.ToArray()), Is.True);
        Assert.That(fromTable.Written.SequenceEqual(expected.WrittenSpan.ToArray()), Is.True, "names read from the table's arrays by slot");
        Assert.That(bySlotOfNode.Written.SequenceEqual(expected.WrittenSpan.ToArray()), Is.True, "names read from the table by the nodes' slots");
    }

    /// <summary>Gives spans of just the size asked for, so that every piece of an answer meets a span's end.</summary>
    private sealed class StingyBufferWriter : IBufferWriter<byte>
    {
        private readonly List<byte> written = [];
        private byte[] span = [];

        public byte[] Written => [.. written];

        public void Advance(int count) => written.AddRange(span.AsSpan(0, count).ToArray());

        public Memory<byte> GetMemory(int sizeHint = 0) => span = new byte[Math.Max(sizeHint, 1)];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }

    /// <summary>Counts the flushes a pipe makes on it.</summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Flushes { get; private set; }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flushes++;
            return base.FlushAsync(cancellationToken);
        }
    }

    /// <summary>What <see cref="Utf8JsonWriter"/> writes for <paramref name="scores"/> as a HostPriorityList.</summary>
    private static ArrayBufferWriter<byte> PrioritiesByUtf8JsonWriter(IEnumerable<NodeScore> scores)
    {
        var expected = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(expected);
        json.WriteStartArray();
        foreach (var score in scores)
        {
            json.WriteStartObject();
            json.WriteString("Host", score.Host);
            json.WriteNumber("Score", score.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        return expected;
    }
}
