using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeClaim : IKubeObject
{
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; init; } = new();
    [JsonPropertyName("spec")] public PersistentVolumeClaimSpec Spec { get; init; } = new();
    [JsonPropertyName("status")] public PersistentVolumeClaimStatus? Status { get; init; }
}
