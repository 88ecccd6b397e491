using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>A generic ephemeral volume: the PVC is created from the template with the pod
/// (named <c>{pod}-{volume}</c>).</summary>
public sealed record EphemeralVolumeSource
{
    [JsonPropertyName("volumeClaimTemplate")] public PersistentVolumeClaimTemplate? VolumeClaimTemplate { get; set; }
}
