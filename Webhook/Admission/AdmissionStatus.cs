using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

/// <summary>A metav1.Status on the response. On an allowed response the API server does not act on it;
/// it carries the decision's reason for people reading the review.</summary>
internal sealed record AdmissionStatus
{
    [JsonPropertyName("code")] public int Code { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
}
