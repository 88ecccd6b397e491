using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record CsiNodeDriver
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("nodeID")] public string? NodeId { get; set; }
    [JsonPropertyName("topologyKeys")] public IReadOnlyList<string>? TopologyKeys { get; set; }
}
