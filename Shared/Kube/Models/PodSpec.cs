using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PodSpec
{
    [JsonPropertyName("schedulerName")] public string? SchedulerName { get; init; }
    [JsonPropertyName("nodeName")] public string? NodeName { get; init; }
    [JsonPropertyName("volumes")] public IReadOnlyList<Volume>? Volumes { get; init; }
}
