using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>The gRPC gateway's error body (<c>runtimeError</c>); <c>code</c> is the gRPC status code.</summary>
internal sealed record SdkRuntimeError
{
    [JsonPropertyName("error")] public string? Error { get; init; }
    [JsonPropertyName("code")] public int Code { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
}
