using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeSpec
{
    [JsonPropertyName("storageClassName")] public string? StorageClassName { get; init; }
    [JsonPropertyName("claimRef")] public ObjectReference? ClaimRef { get; init; }
    [JsonPropertyName("csi")] public CsiPersistentVolumeSource? Csi { get; init; }
    [JsonPropertyName("portworxVolume")] public PortworxVolumeSource? PortworxVolume { get; init; }
    [JsonPropertyName("nodeAffinity")] public VolumeNodeAffinity? NodeAffinity { get; init; }
}
