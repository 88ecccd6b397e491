namespace Stork.Webhook.Admission;

/// <summary>The envelope of a request as <see cref="AdmissionBodyReader"/> decodes it; <c>admission.k8s.io/v1</c> and
/// <c>v1beta1</c> share the shape. The answer is written by <see cref="AdmissionAnswer"/>.</summary>
internal sealed record AdmissionReview
{
    public const string KindName = "AdmissionReview";
    public const string V1 = "admission.k8s.io/v1";
    public const string V1Beta1 = "admission.k8s.io/v1beta1";

    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public AdmissionRequest? Request { get; set; }
}
