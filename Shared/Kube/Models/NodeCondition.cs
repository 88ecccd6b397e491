using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record NodeCondition
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("status")] public string Status { get; set; } = "";
}
