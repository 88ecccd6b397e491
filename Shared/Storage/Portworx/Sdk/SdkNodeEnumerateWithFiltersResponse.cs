using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>openstorage <c>apiSdkNodeEnumerateWithFiltersResponse</c> (<c>GET /v1/nodes/filters</c>).</summary>
internal sealed record SdkNodeEnumerateWithFiltersResponse
{
    [JsonPropertyName("nodes")] public IReadOnlyList<SdkStorageNode>? Nodes { get; init; }
}
