using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeClaim : IKubeObject
{
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; set; } = new();
    [JsonPropertyName("spec")]
    [JsonRequired]
    public PersistentVolumeClaimSpec Spec { get; set; } = new();
    [JsonPropertyName("status")] public PersistentVolumeClaimStatus? Status { get; set; }
}
