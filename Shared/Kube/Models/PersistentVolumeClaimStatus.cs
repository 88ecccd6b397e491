using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeClaimStatus
{
    /// <summary>Pending, Bound or Lost.</summary>
    [JsonPropertyName("phase")] public string? Phase { get; set; }
}
