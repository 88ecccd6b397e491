using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeSpec
{
    [JsonPropertyName("storageClassName")] public string? StorageClassName { get; set; }
    [JsonPropertyName("claimRef")] public ObjectReference? ClaimRef { get; set; }
    [JsonPropertyName("csi")] public CsiPersistentVolumeSource? Csi { get; set; }
    [JsonPropertyName("portworxVolume")] public PortworxVolumeSource? PortworxVolume { get; set; }
    [JsonPropertyName("nodeAffinity")] public VolumeNodeAffinity? NodeAffinity { get; set; }
}
