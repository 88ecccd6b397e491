using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>openstorage <c>apiVolumeSpec</c>: only the fields the scheduler uses.</summary>
internal sealed record SdkVolumeSpec
{
    [JsonPropertyName("sharedv4")] public bool Sharedv4 { get; init; }
    [JsonPropertyName("sharedv4_service_spec")] public SdkSharedv4ServiceSpec? Sharedv4ServiceSpec { get; init; }

    /// <summary>Deprecated in the SDK but still filled by older Portworx releases.</summary>
    [JsonPropertyName("volume_labels")] public IReadOnlyDictionary<string, string>? VolumeLabels { get; init; }
}
