using System.Text.Json;

namespace Stork.Scoring.Extender;

/// <summary>Reads one v1.Node object of a request, keeping its byte range and only the wanted fields
/// (metadata.name, chosen labels and annotations, status.addresses Hostname/InternalIP). Everything else
/// is skipped without allocating.</summary>
internal readonly ref struct NodeObjectReader
{
    private readonly KeyMatcher labels;
    private readonly KeyMatcher annotations;

    public NodeObjectReader(KeyMatcher labels, KeyMatcher annotations)
    {
        this.labels = labels;
        this.annotations = annotations;
    }

    /// <summary>Reads from the node's StartObject to its EndObject.</summary>
    public RequestNode Read(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        string? name = null;
        Dictionary<string, string>? wantedLabels = null;
        Dictionary<string, string>? wantedAnnotations = null;
        string? hostname = null;
        List<string>? internalIps = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("metadata"u8))
            {
                reader.Read();
                ReadMetadata(ref reader, ref name, ref wantedLabels, ref wantedAnnotations);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                ReadStatus(ref reader, ref hostname, ref internalIps);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var end = (int)reader.BytesConsumed;
        if (string.IsNullOrEmpty(name))
        {
            throw new MalformedArgsException("a node in ExtenderArgs.Nodes has no metadata.name");
        }

        return new(name, wantedLabels ?? Empty, wantedAnnotations ?? Empty, hostname, internalIps ?? [], start..end);
    }

    private const string Addresses = "ExtenderArgs.Nodes: a node's status.addresses";

    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);

    private void ReadMetadata(ref Utf8JsonReader reader, ref string? name, ref Dictionary<string, string>? wantedLabels, ref Dictionary<string, string>? wantedAnnotations)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                name = reader.TokenType == JsonTokenType.String ? JsonText.Read(ref reader, "ExtenderArgs.Nodes: a node's metadata.name") : null;
            }
            else if (reader.ValueTextEquals("labels"u8))
            {
                reader.Read();
                ReadWanted(ref reader, labels, ref wantedLabels, "ExtenderArgs.Nodes: a node's metadata.labels");
            }
            else if (reader.ValueTextEquals("annotations"u8))
            {
                reader.Read();
                ReadWanted(ref reader, annotations, ref wantedAnnotations, "ExtenderArgs.Nodes: a node's metadata.annotations");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static void ReadWanted(ref Utf8JsonReader reader, KeyMatcher matcher, ref Dictionary<string, string>? found, string field)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = matcher.Match(ref reader, field);
            reader.Read();
            if (key is not null && reader.TokenType == JsonTokenType.String)
            {
                (found ??= new(StringComparer.Ordinal))[key] = JsonText.Read(ref reader, field);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadStatus(ref Utf8JsonReader reader, ref string? hostname, ref List<string>? internalIps)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isAddresses = reader.ValueTextEquals("addresses"u8);
            reader.Read();
            if (isAddresses && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadAddress(ref reader, ref hostname, ref internalIps);
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadAddress(ref Utf8JsonReader reader, ref string? hostname, ref List<string>? internalIps)
    {
        string? type = null;
        string? address = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            var isAddress = reader.ValueTextEquals("address"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String)
            {
                type = JsonText.Read(ref reader, Addresses);
            }
            else if (isAddress && reader.TokenType == JsonTokenType.String)
            {
                address = JsonText.Read(ref reader, Addresses);
            }
            else
            {
                reader.Skip();
            }
        }

        if (address is null)
        {
            return;
        }

        if (type == "Hostname")
        {
            hostname ??= address;
        }
        else if (type == "InternalIP")
        {
            (internalIps ??= []).Add(address);
        }
    }
}
