using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record ListMeta
{
    [JsonPropertyName("resourceVersion")] public string? ResourceVersion { get; set; }
    [JsonPropertyName("continue")] public string? Continue { get; set; }
}
