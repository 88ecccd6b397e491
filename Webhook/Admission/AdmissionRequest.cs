using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

/// <summary>The fields of <c>request</c> the webhook reads; of <see cref="Object"/> the raw bytes are kept so the
/// patch is built against exactly what the API server sent.</summary>
internal sealed record AdmissionRequest
{
    [JsonPropertyName("uid")] public string? Uid { get; set; }
    [JsonPropertyName("kind")] public GroupVersionKind? Kind { get; set; }
    [JsonPropertyName("subResource")] public string? SubResource { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("operation")] public string? Operation { get; set; }
    [JsonPropertyName("object")]
    [JsonConverter(typeof(RequestObjectConverter))]
    public RequestObject? Object { get; set; }
    [JsonPropertyName("dryRun")] public bool? DryRun { get; set; }
}
