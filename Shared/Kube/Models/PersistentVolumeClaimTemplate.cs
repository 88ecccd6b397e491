using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeClaimTemplate
{
    [JsonPropertyName("metadata")] public ObjectMeta? Metadata { get; set; }
    [JsonPropertyName("spec")] public PersistentVolumeClaimSpec Spec { get; set; } = new();
}
