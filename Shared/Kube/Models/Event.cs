using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>core/v1 Event, as the services create it.</summary>
public sealed record Event
{
    [JsonPropertyName("apiVersion")] public string ApiVersion { get; init; } = "v1";
    [JsonPropertyName("kind")] public string Kind { get; init; } = "Event";
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; init; } = new();
    [JsonPropertyName("involvedObject")] public ObjectReference InvolvedObject { get; init; } = new();
    [JsonPropertyName("reason")] public string Reason { get; init; } = "";
    [JsonPropertyName("message")] public string Message { get; init; } = "";
    /// <summary>Normal or Warning.</summary>
    [JsonPropertyName("type")] public string Type { get; init; } = "Normal";
    [JsonPropertyName("source")] public EventSource? Source { get; init; }
    [JsonPropertyName("firstTimestamp")] public DateTimeOffset? FirstTimestamp { get; init; }
    [JsonPropertyName("lastTimestamp")] public DateTimeOffset? LastTimestamp { get; init; }
    [JsonPropertyName("count")] public int Count { get; init; } = 1;
    [JsonPropertyName("reportingComponent")] public string? ReportingComponent { get; init; }
    [JsonPropertyName("reportingInstance")] public string? ReportingInstance { get; init; }
}
