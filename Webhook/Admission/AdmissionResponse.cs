using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

/// <summary><c>response</c>: <see cref="Patch"/> is serialized as base64, as the API server expects.</summary>
internal sealed record AdmissionResponse
{
    public const string JsonPatchType = "JSONPatch";

    [JsonPropertyName("uid")] public required string Uid { get; init; }
    [JsonPropertyName("allowed")] public required bool Allowed { get; init; }
    [JsonPropertyName("patchType")] public string? PatchType { get; init; }
    [JsonPropertyName("patch")] public byte[]? Patch { get; init; }
    [JsonPropertyName("auditAnnotations")] public AuditAnnotations? AuditAnnotations { get; init; }
    [JsonPropertyName("status")] public AdmissionStatus? Status { get; init; }
}
