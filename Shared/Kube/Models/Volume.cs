using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>A pod volume; only the sources that can reach a storage driver are modelled.</summary>
public sealed record Volume
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("persistentVolumeClaim")] public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; set; }
    [JsonPropertyName("ephemeral")] public EphemeralVolumeSource? Ephemeral { get; set; }
    [JsonPropertyName("csi")] public CsiVolumeSource? Csi { get; set; }
    [JsonPropertyName("portworxVolume")] public PortworxVolumeSource? PortworxVolume { get; set; }
}
