namespace Stork.Webhook.Admission;

/// <summary>A request body read as an AdmissionReview with a request, or why it is not one.</summary>
internal readonly record struct ParsedReview(AdmissionReview? Review, string? Error)
{
    public static ParsedReview Valid(AdmissionReview review) => new(review, null);

    public static ParsedReview Invalid(string error) => new(null, error);
}
