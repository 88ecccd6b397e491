using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

/// <summary>The envelope of both directions; <c>admission.k8s.io/v1</c> and <c>v1beta1</c> share the shape. A request is
/// decoded by <see cref="AdmissionBodyReader"/>; an answer (with <see cref="Response"/>) is serialized by
/// <see cref="AdmissionJsonContext"/>, which never writes <see cref="Request"/>.</summary>
internal sealed record AdmissionReview
{
    public const string KindName = "AdmissionReview";
    public const string V1 = "admission.k8s.io/v1";
    public const string V1Beta1 = "admission.k8s.io/v1beta1";

    [JsonPropertyName("apiVersion")] public string? ApiVersion { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonIgnore] public AdmissionRequest? Request { get; set; }
    [JsonPropertyName("response")] public AdmissionResponse? Response { get; set; }
}
