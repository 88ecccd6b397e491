using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record PodSpec
{
    [JsonPropertyName("schedulerName")] public string? SchedulerName { get; set; }
    [JsonPropertyName("nodeName")] public string? NodeName { get; set; }
    [JsonPropertyName("volumes")] public IReadOnlyList<Volume>? Volumes { get; set; }
}
