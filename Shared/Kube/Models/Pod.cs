using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record Pod : IKubeObject
{
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; set; } = new();
    [JsonPropertyName("spec")] public PodSpec Spec { get; set; } = new();
}
