using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PersistentVolumeClaimVolumeSource
{
    [JsonPropertyName("claimName")] public string ClaimName { get; set; } = "";
}
