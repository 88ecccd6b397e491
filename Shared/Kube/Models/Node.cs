using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record Node : IKubeObject
{
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; set; } = new();
    [JsonPropertyName("status")] public NodeStatus? Status { get; set; }
}
