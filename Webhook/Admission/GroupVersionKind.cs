using System.Text.Json.Serialization;

namespace Stork.Webhook.Admission;

internal sealed record GroupVersionKind
{
    [JsonPropertyName("group")] public string? Group { get; init; }
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
}
