using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>openstorage <c>apiSdkVolumeInspectResponse</c> (<c>GET /v1/volumes/inspect/{volume_id}</c>).</summary>
internal sealed record SdkVolumeInspectResponse
{
    [JsonPropertyName("volume")] public SdkVolume? Volume { get; init; }
}
