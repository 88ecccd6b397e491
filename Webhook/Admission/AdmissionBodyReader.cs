using System.Buffers;
using System.Text.Json;

namespace Stork.Webhook.Admission;

/// <summary>Reads a bounded request body and decodes it as an AdmissionReview that carries a request.</summary>
internal static class AdmissionBodyReader
{
    public static async Task<ParsedReview> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return TooLarge(maxBytes);
            }

            if (result.IsCompleted)
            {
                var parsed = Parse(buffer);
                reader.AdvanceTo(buffer.End);
                return parsed;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public static ParsedReview Parse(ReadOnlySequence<byte> body)
    {
        AdmissionReview? review;
        try
        {
            var json = new Utf8JsonReader(body);
            review = JsonSerializer.Deserialize(ref json, AdmissionJsonContext.Default.AdmissionReview);
            if (json.Read())
            {
                return ParsedReview.Invalid("the body holds more than one JSON value");
            }
        }
        catch (JsonException e)
        {
            return ParsedReview.Invalid($"the body is not valid JSON: {e.Message}");
        }

        return Validate(review);
    }

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

    private static ParsedReview TooLarge(int maxBytes) =>
        ParsedReview.Invalid($"the request body exceeds {maxBytes} bytes (--max-request-body-bytes)");
}
