using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record NodeAddress
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("address")] public string Address { get; set; } = "";
}
