using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeClaimTemplate
{
    [JsonPropertyName("metadata")] public ObjectMeta? Metadata { get; init; }
    [JsonPropertyName("spec")] public PersistentVolumeClaimSpec Spec { get; init; } = new();
}
