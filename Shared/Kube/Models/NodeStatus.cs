using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record NodeStatus
{
    [JsonPropertyName("addresses")] public IReadOnlyList<NodeAddress>? Addresses { get; set; }
    [JsonPropertyName("conditions")] public IReadOnlyList<NodeCondition>? Conditions { get; set; }
}
