using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record NodeCondition
{
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("status")] public string Status { get; init; } = "";
}
