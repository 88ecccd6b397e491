using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record CsiPersistentVolumeSource
{
    [JsonPropertyName("driver")] public string Driver { get; set; } = "";
    [JsonPropertyName("volumeHandle")] public string VolumeHandle { get; set; } = "";
}
