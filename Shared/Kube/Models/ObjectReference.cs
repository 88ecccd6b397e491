using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record ObjectReference
{
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("apiVersion")] public string? ApiVersion { get; init; }
    [JsonPropertyName("namespace")] public string? Namespace { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("uid")] public string? Uid { get; init; }
}
