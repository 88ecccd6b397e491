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
        await ExtenderResponseWriter.WriteFilterAsync(pipe, args.Form, args.Nodes.Where(passes), request, failed, [], CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));
        var flushes = output.Flushes;
        await pipe.CompleteAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return (JsonNode.Parse(output.ToArray())!, flushes);
    }

    [Test]
    public async Task WriteFilterAsync_LargeNodesAnswer_EchoesEveryPassingNodeVerbatimInPieces()
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
    public async Task WriteFilterAsync_SmallNodesAnswer_LeftForTheCallersFlush()
    {
        var (answer, flushes) = await WriteFilterAsync(NodesRequest(3), _ => true);

        Assert.That(answer["Nodes"]!["items"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That(flushes, Is.Zero);
    }

    [Test]
    public void WritePriorities_PreEncodedAndOtherNames_WritesWhatUtf8JsonWriterWrites()
    {
        string[] names = ["node-1", "a+b<é>\"q\"", "cached-elsewhere", "only-in-request"];
        var cached = NodeTable.Of(names[..3].Select(n => new KubeNodeInfo(n, [], [], new Dictionary<string, string>(), false)));
        RequestNode[] nodes = [cached.Find(names[0])!, cached.Find(names[1])!, cached.Find(names[2])!, ExtenderArgsReader.NameOnly(names[3])];
        NodeScore[] scores = [new(names[0], 100, []), new(names[1], -7, []), new("renamed", 5, []), new(names[3], 0, []), new("extra", 1, [])];
        var output = new ArrayBufferWriter<byte>();

        ExtenderResponseWriter.WritePriorities(output, nodes, scores);

        var expected = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(expected))
        {
            json.WriteStartArray();
            foreach (var score in scores)
            {
                json.WriteStartObject();
                json.WriteString("Host", score.Host);
                json.WriteNumber("Score", score.Score);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        Assert.That(Encoding.UTF8.GetString(output.WrittenSpan), Is.EqualTo(Encoding.UTF8.GetString(expected.WrittenSpan)));
    }

    [Test]
    public async Task WriteFilterAsync_PreEncodedNames_WritesWhatUtf8JsonWriterWrites()
    {
        string[] names = ["node-1", "a+b<é>\"q\""];
        var cached = NodeTable.Of(names.Select(n => new KubeNodeInfo(n, [], [], new Dictionary<string, string>(), false)));
        RequestNode[] nodes = [cached.Find(names[0])!, cached.Find(names[1])!, ExtenderArgsReader.NameOnly("only-in-request")];
        using var output = new MemoryStream();
        var pipe = PipeWriter.Create(output);

        await ExtenderResponseWriter.WriteFilterAsync(pipe, NodeForm.NodeNames, nodes, default, new Dictionary<string, string>(), [], CancellationToken.None);
        await pipe.CompleteAsync();

        Assert.That(
            Encoding.UTF8.GetString(output.ToArray()),
            Is.EqualTo("""{"Nodes":null,"NodeNames":["node-1","a\u002Bb\u003C\u00E9\u003E\u0022q\u0022","only-in-request"],"FailedNodes":{},"FailedAndUnresolvableNodes":{},"Error":""}"""));
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
}
