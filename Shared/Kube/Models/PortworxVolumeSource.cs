using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>In-tree <c>portworxVolume</c>, on a PV or directly on a pod.</summary>
public sealed record PortworxVolumeSource
{
    [JsonPropertyName("volumeID")] public string VolumeId { get; set; } = "";
}
