using System.Text.Json;

namespace Stork.Webhook.Admission;

/// <summary>Decodes a request body as an AdmissionReview that carries a request, in one forward pass over its bytes,
/// reading only the members the webhook uses (<see cref="PodReader"/> reads <c>request.object</c> in place). A body that
/// is not JSON, not an AdmissionReview of a known version or has no readable <c>request.uid</c> is invalid (HTTP 400:
/// there is no uid to answer to); any other member of <c>request</c> that cannot be read (wrong type, invalid UTF-8,
/// lone surrogate escape) is kept as <see cref="AdmissionRequest.Unreadable"/>, answered allowed with outcome <c>error</c>.</summary>
internal static class AdmissionBodyReader
{
    public static ParsedReview Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return Validate(ReadReview(body));
        }
        catch (JsonException e)
        {
            return ParsedReview.Invalid($"the body is not valid JSON: {e.Message}");
        }
        catch (UnreadableFieldException e)
        {
            return ParsedReview.Invalid($"the body is not an AdmissionReview: {e.Message}");
        }
    }

    public static ParsedReview TooLarge(int maxBytes) =>
        ParsedReview.Invalid($"the request body exceeds {maxBytes} bytes (--max-request-body-bytes)");

    private static ParsedReview Validate(AdmissionReview? review) => review switch
    {
        null => ParsedReview.Invalid("the body is not an AdmissionReview: null"),
        { Kind: not AdmissionReview.KindName } => ParsedReview.Invalid($"the body is not an AdmissionReview: kind is '{review.Kind}'"),
        { ApiVersion: not (AdmissionReview.V1 or AdmissionReview.V1Beta1) } =>
            ParsedReview.Invalid($"unsupported apiVersion '{review.ApiVersion}': expected {AdmissionReview.V1} or {AdmissionReview.V1Beta1}"),
        { Request: null } => ParsedReview.Invalid("the AdmissionReview has no request"),
        { Request.Uid: null or "" } => ParsedReview.Invalid("the AdmissionReview request has no uid"),
        _ => ParsedReview.Valid(review),
    };

    /// <summary>Null for a JSON null body. Throws <see cref="JsonException"/> on malformed JSON and
    /// <see cref="UnreadableFieldException"/> when the envelope's own members (apiVersion, kind, request, its uid) are unreadable.</summary>
    private static AdmissionReview? ReadReview(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        if (!JsonFields.StartObject(ref reader, "the body"))
        {
            reader.Read();
            return null;
        }

        var review = new AdmissionReview();
        while (JsonFields.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("apiVersion"u8))
            {
                reader.Read();
                review.ApiVersion = JsonFields.String(ref reader, "apiVersion", AdmissionReview.V1, AdmissionReview.V1Beta1);
            }
            else if (reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                review.Kind = JsonFields.String(ref reader, "kind", AdmissionReview.KindName);
            }
            else if (reader.ValueTextEquals("request"u8))
            {
                reader.Read();
                review.Request = JsonFields.StartObject(ref reader, "request") ? ReadRequest(ref reader) : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        reader.Read();
        return review;
    }

    private static AdmissionRequest ReadRequest(ref Utf8JsonReader reader)
    {
        var request = new AdmissionRequest();
        while (JsonFields.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("uid"u8))
            {
                reader.Read();
                request.Uid = JsonFields.String(ref reader, "request.uid");
            }
            else if (reader.ValueTextEquals("object"u8))
            {
                reader.Read();
                request.Object = ReadObject(ref reader);
            }
            else
            {
                ReadTolerantly(ref reader, request);
            }
        }

        return request;
    }

    /// <summary>A member of <c>request</c> besides uid and object: when unreadable it is remembered and skipped.</summary>
    private static void ReadTolerantly(ref Utf8JsonReader reader, AdmissionRequest request)
    {
        var (isKind, isSubResource, isNamespace, isOperation, isDryRun) = (
            reader.ValueTextEquals("kind"u8), reader.ValueTextEquals("subResource"u8), reader.ValueTextEquals("namespace"u8),
            reader.ValueTextEquals("operation"u8), reader.ValueTextEquals("dryRun"u8));
        reader.Read();
        var start = reader;
        try
        {
            if (isKind) request.Kind = ReadKind(ref reader);
            else if (isSubResource) request.SubResource = JsonFields.String(ref reader, "request.subResource");
            else if (isNamespace) request.Namespace = JsonFields.String(ref reader, "request.namespace");
            else if (isOperation) request.Operation = JsonFields.String(ref reader, "request.operation", "CREATE", "UPDATE", "DELETE", "CONNECT");
            else if (isDryRun) request.DryRun = JsonFields.Boolean(ref reader, "request.dryRun");
            else reader.Skip();
        }
        catch (UnreadableFieldException e)
        {
            request.Unreadable ??= e.Message;
            reader = start;
            reader.Skip();
        }
    }

    private static GroupVersionKind? ReadKind(ref Utf8JsonReader reader)
    {
        if (!JsonFields.StartObject(ref reader, "request.kind"))
        {
            return null;
        }

        var kind = new GroupVersionKind();
        while (JsonFields.NextMember(ref reader))
        {
            var (isGroup, isVersion, isKind) = (reader.ValueTextEquals("group"u8), reader.ValueTextEquals("version"u8), reader.ValueTextEquals("kind"u8));
            reader.Read();
            if (isGroup) kind.Group = JsonFields.String(ref reader, "request.kind.group", "");
            else if (isVersion) kind.Version = JsonFields.String(ref reader, "request.kind.version", "v1");
            else if (isKind) kind.Kind = JsonFields.String(ref reader, "request.kind.kind", "Pod");
            else reader.Skip();
        }

        return kind;
    }

    /// <summary><c>request.object</c> where it lies in the body (token offsets are offsets in the body: one contiguous
    /// buffer) and, when it is an object, decoded as a Pod or why it cannot be (whether it should be one depends on
    /// <c>request.kind</c>, which may come later in the body).</summary>
    private static RequestObject ReadObject(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        var (pod, error) = reader.TokenType == JsonTokenType.StartObject ? PodReader.Read(ref reader) : (null, null);
        if (pod is null)
        {
            reader.Skip();
        }

        return new RequestObject(start, (int)reader.BytesConsumed - start, pod, error);
    }
}
