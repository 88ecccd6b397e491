using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>A pod volume; only the sources that can reach a storage driver are modelled.</summary>
public sealed record Volume
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("persistentVolumeClaim")] public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; init; }
    [JsonPropertyName("ephemeral")] public EphemeralVolumeSource? Ephemeral { get; init; }
    [JsonPropertyName("csi")] public CsiVolumeSource? Csi { get; init; }
    [JsonPropertyName("portworxVolume")] public PortworxVolumeSource? PortworxVolume { get; init; }
}
