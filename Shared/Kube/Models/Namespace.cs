using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record Namespace : IKubeObject
{
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; set; } = new();
}
