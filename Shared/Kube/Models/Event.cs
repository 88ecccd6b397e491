using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>core/v1 Event, as the services create it.</summary>
public sealed record Event
{
    [JsonPropertyName("apiVersion")] public string ApiVersion { get; set; } = "v1";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "Event";
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; set; } = new();
    [JsonPropertyName("involvedObject")] public ObjectReference InvolvedObject { get; set; } = new();
    [JsonPropertyName("reason")] public string Reason { get; set; } = "";
    [JsonPropertyName("message")] public string Message { get; set; } = "";
    /// <summary>Normal or Warning.</summary>
    [JsonPropertyName("type")] public string Type { get; set; } = "Normal";
    [JsonPropertyName("source")] public EventSource? Source { get; set; }
    [JsonPropertyName("firstTimestamp")] public DateTimeOffset? FirstTimestamp { get; set; }
    [JsonPropertyName("lastTimestamp")] public DateTimeOffset? LastTimestamp { get; set; }
    [JsonPropertyName("count")] public int Count { get; set; } = 1;
    [JsonPropertyName("reportingComponent")] public string? ReportingComponent { get; set; }
    [JsonPropertyName("reportingInstance")] public string? ReportingInstance { get; set; }
}
