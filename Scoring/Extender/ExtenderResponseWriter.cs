using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary>Encodes extender answers with the Go field names kube-scheduler expects. Passing nodes of
/// the Nodes form are echoed byte for byte from the request.</summary>
internal static class ExtenderResponseWriter
{
    /// <summary>How much of a large answer (5,000 echoed Nodes are ~37 MB) is written before it is handed to
    /// the connection: the answer streams out in pieces instead of piling up whole in the response pipe.</summary>
    private const int FlushBytes = 256 * 1024;

    /// <summary>ExtenderFilterResult: <c>{"Nodes","NodeNames","FailedNodes","FailedAndUnresolvableNodes","Error"}</c>.</summary>
    public static async Task WriteFilterAsync(
        PipeWriter output,
        NodeForm form,
        IEnumerable<RequestNode> passing,
        ReadOnlyMemory<byte> body,
        IEnumerable<KeyValuePair<string, string>> failed,
        IEnumerable<KeyValuePair<string, string>> failedAndUnresolvable,
        CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        if (form == NodeForm.Nodes)
        {
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
        }
        else
        {
            json.WriteNull("Nodes");
            json.WriteStartArray("NodeNames");
            foreach (var node in passing)
            {
                if (node.Json is { } encoded)
                {
                    json.WriteRawValue(HostJson.Name(encoded), skipInputValidation: true);
                }
                else
                {
                    json.WriteStringValue(node.Name);
                }
            }

            json.WriteEndArray();
        }

        WriteMap(json, "FailedNodes", failed);
        WriteMap(json, "FailedAndUnresolvableNodes", failedAndUnresolvable);
        json.WriteString("Error", "");
        json.WriteEndObject();
    }

    /// <summary>HostPriorityList: <c>[{"Host","Score"}]</c>, one entry per score. Scores are in request order, so
    /// the request node at the same position, when it has the same name, gives the entry's start pre-encoded
    /// (<see cref="RequestNode.Json"/>): the answer is mostly copied bytes. Other names are encoded here.</summary>
    public static void WritePriorities(IBufferWriter<byte> output, IReadOnlyList<RequestNode> nodes, IReadOnlyList<NodeScore> scores)
    {
        Utf8JsonWriter? names = null;
        Write(output, "["u8);
        for (var i = 0; i < scores.Count; i++)
        {
            if (i > 0)
            {
                Write(output, ","u8);
            }

            var score = scores[i];
            if (i < nodes.Count && nodes[i].Json is { } encoded && string.Equals(nodes[i].Name, score.Host, StringComparison.Ordinal))
            {
                Write(output, encoded);
            }
            else
            {
                Write(output, "{\"Host\":"u8);
                names ??= new Utf8JsonWriter(output);
                names.WriteStringValue(score.Host);
                names.Flush();
                names.Reset();
                Write(output, ",\"Score\":"u8);
            }

            var span = output.GetSpan(MaxScoreBytes);
            score.Score.TryFormat(span, out var written, provider: CultureInfo.InvariantCulture);
            span[written] = (byte)'}';
            output.Advance(written + 1);
        }

        Write(output, "]"u8);
        names?.Dispose();
    }

    /// <summary>A long's digits and sign, and the closing brace.</summary>
    private const int MaxScoreBytes = 21;

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

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
