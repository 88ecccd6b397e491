using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record VolumeNodeAffinity
{
    [JsonPropertyName("required")] public NodeSelector? Required { get; set; }
}
