using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary>Encodes extender answers with the Go field names kube-scheduler expects. Passing nodes of
/// the Nodes form are echoed byte for byte from the request.</summary>
internal static class ExtenderResponseWriter
{
    /// <summary>How much of a large answer (5,000 echoed Nodes are ~37 MB) is written before it is handed to
    /// the connection: the answer streams out in pieces instead of piling up whole in the response pipe.</summary>
    private const int FlushBytes = 256 * 1024;

    /// <summary>The Nodes form of the ExtenderFilterResult, <c>{"Nodes","NodeNames","FailedNodes","FailedAndUnresolvableNodes","Error"}</c>:
    /// the passing node objects echoed from <paramref name="body"/>, flushed to the connection as they pile up.</summary>
    public static async Task WriteFilterNodesAsync(
        PipeWriter output,
        IEnumerable<RequestNode> passing,
        ReadOnlyMemory<byte> body,
        IEnumerable<KeyValuePair<string, string>> failed,
        IEnumerable<KeyValuePair<string, string>> failedAndUnresolvable,
        CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WritePropertyName("Nodes");
        json.WriteStartObject();
        json.WriteStartObject("metadata");
        json.WriteEndObject();
        json.WriteStartArray("items");
        var flushed = 0L;
        foreach (var node in passing)
        {
            json.WriteRawValue(body.Span[node.Raw], skipInputValidation: true);
            if (json.BytesCommitted + json.BytesPending - flushed >= FlushBytes)
            {
                json.Flush();
                flushed = json.BytesCommitted;
                await output.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteNull("NodeNames");
        WriteMap(json, "FailedNodes", failed);
        WriteMap(json, "FailedAndUnresolvableNodes", failedAndUnresolvable);
        json.WriteString("Error", "");
        json.WriteEndObject();
    }

    /// <summary>The NodeNames form of the ExtenderFilterResult: the passing names mostly copied pre-encoded
    /// (<see cref="RequestNode.Json"/>), what <see cref="Utf8JsonWriter"/> writes for the whole object.</summary>
    /// <param name="nodes">The request's nodes.</param>
    /// <param name="passed">The names of those that pass, in request order (every filter rule keeps it): one merge walk
    /// finds them.</param>
    /// <param name="table">With <paramref name="slots"/>, as for <see cref="WritePriorities"/>.</param>
    public static void WriteFilterNames(
        IBufferWriter<byte> output,
        IReadOnlyList<RequestNode> nodes,
        IReadOnlyList<string> passed,
        NodeTable? table,
        IReadOnlyList<int>? slots,
        IEnumerable<KeyValuePair<string, string>> failed,
        IEnumerable<KeyValuePair<string, string>> failedAndUnresolvable)
    {
        var names = ListSpans.Of(passed);
        var inTable = table is null ? [] : ListSpans.Of(slots);
        var count = nodes.Count;
        var chunks = new ChunkWriter(output);
        using var json = new Utf8JsonWriter(output);
        chunks.Write("{\"Nodes\":null,\"NodeNames\":["u8);
        var next = 0;
        for (var i = 0; i < count && next < names.Length; i++)
        {
            var fromTable = i < inTable.Length;
            if (!string.Equals(fromTable ? table!.NameAt(inTable[i]) : nodes[i].Name, names[next], StringComparison.Ordinal))
            {
                continue;
            }

            if (next++ > 0)
            {
                chunks.Write(","u8);
            }

            if (fromTable)
            {
                chunks.Write(HostJson.Name(table!.JsonAt(inTable[i])));
            }
            else if (!nodes[i].Json.IsEmpty)
            {
                chunks.Write(HostJson.Name(nodes[i].Json.Span));
            }
            else
            {
                chunks.Flush();
                json.WriteStringValue(nodes[i].Name);
                json.Flush();
                json.Reset();
            }
        }

        chunks.Write("],\"FailedNodes\":"u8);
        chunks.Flush();
        WriteObject(json, failed);
        chunks.Write(",\"FailedAndUnresolvableNodes\":"u8);
        chunks.Flush();
        WriteObject(json, failedAndUnresolvable);
        chunks.Write(",\"Error\":\"\"}"u8);
        chunks.Flush();
    }

    /// <summary>A root object of string values, flushed; the writer is reset for the next value.</summary>
    private static void WriteObject(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, string>> entries)
    {
        json.WriteStartObject();
        foreach (var (key, value) in entries)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.Flush();
        json.Reset();
    }

    /// <summary>HostPriorityList: <c>[{"Host","Score"}]</c>, one entry per score. Scores are in request order, so
    /// the request node at the same position, when it has the same name, gives the entry's start pre-encoded
    /// (<see cref="RequestNode.Json"/>): the answer is mostly copied bytes. Other names are encoded here.</summary>
    /// <param name="table">With <paramref name="slots"/>, the node table the request's names were resolved against and
    /// their slots in it: the pre-encoded names are read from its arrays, without reading the request nodes.</param>
    public static void WritePriorities(
        IBufferWriter<byte> output, IReadOnlyList<RequestNode> nodes, IReadOnlyList<NodeScore> scores, NodeTable? table = null, IReadOnlyList<int>? slots = null)
    {
        Utf8JsonWriter? names = null;
        var scored = ListSpans.Of(scores);
        var inTable = table is null ? [] : ListSpans.Of(slots);
        var chunks = new ChunkWriter(output);
        chunks.Write("["u8);
        for (var i = 0; i < scored.Length; i++)
        {
            if (i > 0)
            {
                chunks.Write(","u8);
            }

            var score = scored[i];
            if (i < inTable.Length && ReferenceEquals(table!.NameAt(inTable[i]), score.Host))
            {
                chunks.Write(table.JsonAt(inTable[i]));
            }
            else if (i < nodes.Count && nodes[i] is { Json.IsEmpty: false } node && string.Equals(node.Name, score.Host, StringComparison.Ordinal))
            {
                chunks.Write(node.Json.Span);
            }
            else
            {
                chunks.Write("{\"Host\":"u8);
                chunks.Flush();
                names ??= new Utf8JsonWriter(output);
                names.WriteStringValue(score.Host);
                names.Flush();
                names.Reset();
                chunks.Write(",\"Score\":"u8);
            }

            var span = chunks.Room(MaxScoreBytes);
            score.Score.TryFormat(span, out var written, provider: CultureInfo.InvariantCulture);
            span[written] = (byte)'}';
            chunks.Advance(written + 1);
        }

        chunks.Write("]"u8);
        chunks.Flush();
        names?.Dispose();
    }

    /// <summary>A long's digits and sign, and the closing brace.</summary>
    private const int MaxScoreBytes = 21;

    private static void WriteMap(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, string>> entries)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in entries)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }
}
