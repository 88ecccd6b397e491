using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

/// <summary>The fields of <c>request</c> the webhook reads; <see cref="Object"/> stays raw so the patch is
/// built against exactly what the API server sent.</summary>
internal sealed record AdmissionRequest
{
    [JsonPropertyName("uid")] public string? Uid { get; init; }
    [JsonPropertyName("kind")] public GroupVersionKind? Kind { get; init; }
    [JsonPropertyName("subResource")] public string? SubResource { get; init; }
    [JsonPropertyName("namespace")] public string? Namespace { get; init; }
    [JsonPropertyName("operation")] public string? Operation { get; init; }
    [JsonPropertyName("object")] public JsonElement? Object { get; init; }
    [JsonPropertyName("dryRun")] public bool? DryRun { get; init; }
}
