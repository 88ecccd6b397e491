using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeClaimSpec
{
    [JsonPropertyName("storageClassName")] public string? StorageClassName { get; set; }
    [JsonPropertyName("volumeName")] public string? VolumeName { get; set; }
}
