using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record CsiNodeDriver
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("nodeID")] public string? NodeId { get; init; }
    [JsonPropertyName("topologyKeys")] public IReadOnlyList<string>? TopologyKeys { get; init; }
}
