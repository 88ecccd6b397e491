using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record NodeAddress
{
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("address")] public string Address { get; init; } = "";
}
