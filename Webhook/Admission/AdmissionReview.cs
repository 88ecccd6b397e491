using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

/// <summary>The envelope of both directions; <c>admission.k8s.io/v1</c> and <c>v1beta1</c> share the shape. The
/// decoded types (this, <see cref="AdmissionRequest"/>, <see cref="GroupVersionKind"/>) have setters, not <c>init</c>:
/// source-generated code decodes init-only members like constructor arguments, through per-object argument buffers,
/// which showed in the webhook benchmark's decode step.</summary>
internal sealed record AdmissionReview
{
    public const string KindName = "AdmissionReview";
    public const string V1 = "admission.k8s.io/v1";
    public const string V1Beta1 = "admission.k8s.io/v1beta1";

    [JsonPropertyName("apiVersion")] public string? ApiVersion { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("request")] public AdmissionRequest? Request { get; set; }
    [JsonPropertyName("response")] public AdmissionResponse? Response { get; set; }
}
