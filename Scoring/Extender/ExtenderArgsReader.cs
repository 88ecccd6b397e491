using System.Buffers;
using System.Text.Json;
using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;
using Stork.Shared.Json;

namespace Stork.Scoring.Extender;

/// <summary>Decodes an ExtenderArgs body in one forward pass. Top-level keys are Go field names, matched
/// case-insensitively as Go does. Nodes are never materialised as models: the reader keeps their byte
/// range and pulls out only the wanted labels, annotations and addresses.</summary>
/// <param name="labelKeys">Node labels worth keeping (locality).</param>
/// <param name="annotationKeys">Node annotations worth keeping.</param>
internal sealed class ExtenderArgsReader(IEnumerable<string> labelKeys, IEnumerable<string> annotationKeys)
{
    private readonly KeyMatcher labels = new(labelKeys);
    private readonly KeyMatcher annotations = new(annotationKeys);

    /// <summary>The args, or why the body is not a usable ExtenderArgs.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="cached">Resolves NodeNames to the node cache's nodes while decoding; without it each name
    /// becomes a string of its own.</param>
    public ArgsRead Read(ReadOnlyMemory<byte> body, NodeTable? cached = null)
    {
        var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            return new(ReadArgs(ref reader, body, cached), null);
        }
        catch (JsonException e)
        {
            return new(null, $"request body is not valid JSON: {e.Message}");
        }
        catch (MalformedArgsException e)
        {
            return new(null, e.Message);
        }
        catch (InvalidOperationException)
        {
            // A member name that does not unescape (a lone surrogate escape), met while matching it.
            return new(null, "request body holds a key that is not valid text (invalid UTF-8 or a lone surrogate escape)");
        }
    }

    private ExtenderArgs ReadArgs(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, NodeTable? cached)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new MalformedArgsException("request body must be a JSON object (ExtenderArgs)");
        }

        Shared.Kube.Models.Pod? pod = null;
        PooledList<RequestNode>? nodes = null;
        ResolvedNames? names = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = JsonText.Read(ref reader, "an ExtenderArgs key");
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (IsKey(key, "Pod"))
            {
                pod = ReadPod(ref reader, body);
            }
            else if (IsKey(key, "Nodes"))
            {
                nodes?.Dispose();
                nodes = ReadNodeList(ref reader);
            }
            else if (IsKey(key, "NodeNames"))
            {
                names?.Dispose();
                names = ReadNames(ref reader, cached);
            }
            else
            {
                reader.Skip();
            }
        }

        if (pod is null)
        {
            throw new MalformedArgsException("ExtenderArgs has no Pod");
        }

        if (nodes is not null)
        {
            names?.Dispose();
            return new(pod, NodeForm.Nodes, nodes);
        }

        return names is null
            ? new(pod, NodeForm.NodeNames, [])
            : new(pod, NodeForm.NodeNames, names.Nodes, names.Slots, cached);
    }

    private static bool IsKey(string? key, string goName) => string.Equals(key, goName, StringComparison.OrdinalIgnoreCase);

    private static Shared.Kube.Models.Pod ReadPod(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new MalformedArgsException("ExtenderArgs.Pod must be an object");
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var end = (int)reader.BytesConsumed;
        Shared.Kube.Models.Pod? pod;
        try
        {
            pod = JsonSerializer.Deserialize(body.Span[start..end], KubeJsonContext.Default.Pod);
        }
        catch (InvalidOperationException)
        {
            throw new MalformedArgsException("ExtenderArgs.Pod is not valid text (invalid UTF-8 or a lone surrogate escape)");
        }

        return pod switch
        {
            null => throw new MalformedArgsException("ExtenderArgs.Pod is empty"),
            { Metadata: null } => throw new MalformedArgsException("ExtenderArgs.Pod.metadata is null"),
            _ when !HasMetadata(body.Span[start..end]) => throw new MalformedArgsException("ExtenderArgs.Pod has no metadata"),
            _ => pod,
        };
    }

    /// <summary>Whether the pod object has a <c>metadata</c> key (the model defaults an absent one to empty).</summary>
    private static bool HasMetadata(ReadOnlySpan<byte> pod)
    {
        var reader = new Utf8JsonReader(pod);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("metadata"u8))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }

    /// <summary>A name without escapes is looked up by its bytes in the body; any other is unescaped into a stack
    /// (or, past 256 bytes, pooled) buffer and looked up there. Only a name the cache does not know becomes a string
    /// (and bytes that are not UTF-8 a 400: the cache knows no such name).</summary>
    private static ResolvedNames ReadNames(ref Utf8JsonReader reader, NodeTable? cached)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new MalformedArgsException("ExtenderArgs.NodeNames must be an array of strings");
        }

        var names = new ResolvedNames(cached?.Count ?? 4, cached);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new MalformedArgsException("ExtenderArgs.NodeNames must be an array of strings");
            }

            if (!reader.ValueIsEscaped && cached?.SlotOf(reader.ValueSpan) is >= 0 and var slot)
            {
                names.Add(slot);
                continue;
            }

            names.Add(Unescaped(ref reader, cached));
        }

        return names;
    }

    /// <summary>The request node of a name that is escaped or not the cache's. Apart from the loop over every name, whose
    /// method then takes no stack buffer: a method that does is compiled optimized at once, without the profile that
    /// tiered compilation would have gathered for it.</summary>
    private static RequestNode Unescaped(ref Utf8JsonReader reader, NodeTable? cached)
    {
        Span<char> stack = stackalloc char[256];
        var length = reader.ValueSpan.Length;
        var rented = length > stack.Length ? ArrayPool<char>.Shared.Rent(length) : null;
        var buffer = rented ?? stack;
        var name = buffer[..JsonText.Copy(ref reader, buffer, "ExtenderArgs.NodeNames")];
        var node = cached?.Find(name) ?? NameOnly(name.ToString());
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return node;
    }

    internal static RequestNode NameOnly(string name) =>
        new(name, EmptyMap, EmptyMap, null, [], default);

    private static readonly Dictionary<string, string> EmptyMap = new(StringComparer.Ordinal);

    private PooledList<RequestNode> ReadNodeList(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new MalformedArgsException("ExtenderArgs.Nodes must be a NodeList object");
        }

        var nodes = new PooledList<RequestNode>(0);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isItems = reader.ValueTextEquals("items"u8);
            reader.Read();
            if (!isItems || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new MalformedArgsException("ExtenderArgs.Nodes.items must be an array");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                nodes.Add(new NodeObjectReader(labels, annotations).Read(ref reader));
            }
        }

        return nodes;
    }
}
