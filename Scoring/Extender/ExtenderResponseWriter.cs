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

    /// <summary>The NodeNames form of the ExtenderFilterResult: the passing names mostly copied from the node table
    /// (<see cref="NodeTable.PlainNameAt"/>), what <see cref="Utf8JsonWriter"/> writes for the whole object.</summary>
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
        var inTable = ListSpans.Of(slots);
        var count = nodes.Count;
        var chunks = new ChunkWriter(output);
        using var json = new Utf8JsonWriter(output);
        chunks.Write("{\"Nodes\":null,\"NodeNames\":["u8);
        var next = 0;
        for (var i = 0; i < count && next < names.Length; i++)
        {
            var slot = SlotOf(i, table, inTable, nodes);
            var name = slot >= 0 ? table!.NameAt(slot) : nodes[i].Name;
            if (!string.Equals(name, names[next], StringComparison.Ordinal))
            {
                continue;
            }

            var plain = slot >= 0 ? table!.PlainNameAt(slot) : [];
            if (!plain.IsEmpty)
            {
                chunks.Write(next++ > 0 ? ",\""u8 : "\""u8, plain, "\""u8);
                continue;
            }

            if (next++ > 0)
            {
                chunks.Write(","u8);
            }

            chunks.Flush();
            json.WriteStringValue(name);
            json.Flush();
            json.Reset();
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

    /// <summary>The slot in <paramref name="table"/> of request node <paramref name="index"/>: read from
    /// <paramref name="slots"/> while the table knew every name (without reading the request node), else the node's own.
    /// -1 without a table or for a node it does not know.</summary>
    private static int SlotOf(int index, NodeTable? table, ReadOnlySpan<int> slots, IReadOnlyList<RequestNode> nodes) =>
        table is null ? -1 : index < slots.Length ? slots[index] : index < nodes.Count ? nodes[index].Slot : -1;

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
    /// the request node at the same position, when it has the same name, gives the entry's name from the node table
    /// (<see cref="NodeTable.PlainNameAt"/>): the answer is mostly copied bytes. Other names are encoded here.</summary>
    /// <param name="table">The node table the request's names were resolved against; with <paramref name="slots"/>, their
    /// slots in it (while it knew every name): then the names are read from its arrays, without reading the request nodes.</param>
    public static void WritePriorities(
        IBufferWriter<byte> output, IReadOnlyList<RequestNode> nodes, IReadOnlyList<NodeScore> scores, NodeTable? table = null, IReadOnlyList<int>? slots = null)
    {
        Utf8JsonWriter? names = null;
        var scored = ListSpans.Of(scores);
        var inTable = ListSpans.Of(slots);
        var chunks = new ChunkWriter(output);
        chunks.Write("["u8);
        for (var i = 0; i < scored.Length; i++)
        {
            var score = scored[i];
            var slot = SlotOf(i, table, inTable, nodes);
            var plain = slot >= 0 && string.Equals(table!.NameAt(slot), score.Host, StringComparison.Ordinal) ? table.PlainNameAt(slot) : [];
            if (!plain.IsEmpty)
            {
                chunks.Write(i > 0 ? ",{\"Host\":\""u8 : "{\"Host\":\""u8, plain, "\",\"Score\":"u8);
            }
            else
            {
                chunks.Write(i > 0 ? ",{\"Host\":"u8 : "{\"Host\":"u8);
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
