using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>The API server's error object (also the object of a watch ERROR event).</summary>
public sealed record Status
{
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("status")] public string? Outcome { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("reason")] public string? Reason { get; set; }
    [JsonPropertyName("code")] public int Code { get; set; }
}
