using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record EventSource
{
    [JsonPropertyName("component")] public string? Component { get; set; }
    [JsonPropertyName("host")] public string? Host { get; set; }
}
