using System.Text.Json;

namespace Stork.Webhook.Admission;

/// <summary>Decodes a request body as an AdmissionReview that carries a request, in one pass
/// (<see cref="RequestObjectConverter"/> reads <c>request.object</c> in place).</summary>
internal static class AdmissionBodyReader
{
    public static ParsedReview Parse(ReadOnlySpan<byte> body)
    {
        AdmissionReview? review;
        try
        {
            review = JsonSerializer.Deserialize(body, AdmissionJsonContext.Default.AdmissionReview);
        }
        catch (JsonException e)
        {
            return ParsedReview.Invalid($"the body is not valid JSON: {e.Message}");
        }

        return Validate(review);
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
}
