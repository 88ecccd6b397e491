using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>The API server's error object (also the object of a watch ERROR event).</summary>
public sealed record Status
{
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("status")] public string? Outcome { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("code")] public int Code { get; init; }
}
