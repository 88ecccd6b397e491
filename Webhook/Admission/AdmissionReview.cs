using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

/// <summary>The envelope of both directions; <c>admission.k8s.io/v1</c> and <c>v1beta1</c> share the shape.</summary>
internal sealed record AdmissionReview
{
    public const string KindName = "AdmissionReview";
    public const string V1 = "admission.k8s.io/v1";
    public const string V1Beta1 = "admission.k8s.io/v1beta1";

    [JsonPropertyName("apiVersion")] public string? ApiVersion { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("request")] public AdmissionRequest? Request { get; init; }
    [JsonPropertyName("response")] public AdmissionResponse? Response { get; init; }
}
