using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>An inline (ephemeral) CSI volume on a pod.</summary>
public sealed record CsiVolumeSource
{
    [JsonPropertyName("driver")] public string Driver { get; set; } = "";
    [JsonPropertyName("volumeAttributes")] public IReadOnlyDictionary<string, string>? VolumeAttributes { get; set; }
}
