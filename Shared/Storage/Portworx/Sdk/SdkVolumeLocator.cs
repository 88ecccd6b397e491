using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>openstorage <c>apiVolumeLocator</c>.</summary>
internal sealed record SdkVolumeLocator
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("volume_labels")] public IReadOnlyDictionary<string, string>? VolumeLabels { get; init; }
}
