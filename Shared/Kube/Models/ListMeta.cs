using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record ListMeta
{
    [JsonPropertyName("resourceVersion")] public string? ResourceVersion { get; init; }
    [JsonPropertyName("continue")] public string? Continue { get; init; }
}
