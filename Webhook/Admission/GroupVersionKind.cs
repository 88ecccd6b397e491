using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

internal sealed record GroupVersionKind
{
    [JsonPropertyName("group")] public string? Group { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
}
