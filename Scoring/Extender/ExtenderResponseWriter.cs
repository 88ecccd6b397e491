using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace Stork.Scoring.Extender;

/// <summary>Encodes extender answers with the Go field names kube-scheduler expects. Passing nodes of
/// the Nodes form are echoed byte for byte from the request.</summary>
internal static class ExtenderResponseWriter
{
    /// <summary>How much of a large answer (5,000 echoed Nodes are ~37 MB) is written before it is handed to
    /// the connection: the answer streams out in pieces instead of piling up whole in the response pipe.</summary>
    private const int FlushBytes = 256 * 1024;

    private static readonly JsonEncodedText HostKey = JsonEncodedText.Encode("Host");
    private static readonly JsonEncodedText ScoreKey = JsonEncodedText.Encode("Score");

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
                json.WriteStringValue(node.Name);
            }

            json.WriteEndArray();
        }

        WriteMap(json, "FailedNodes", failed);
        WriteMap(json, "FailedAndUnresolvableNodes", failedAndUnresolvable);
        json.WriteString("Error", "");
        json.WriteEndObject();
    }

    /// <summary>HostPriorityList: <c>[{"Host","Score"}]</c>.</summary>
    public static void WritePriorities(IBufferWriter<byte> output, IEnumerable<(string Host, long Score)> priorities)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartArray();
        foreach (var (host, score) in priorities)
        {
            json.WriteStartObject();
            json.WriteString(HostKey, host);
            json.WriteNumber(ScoreKey, score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
