using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>openstorage <c>apiVolume</c>: only the fields the scheduler uses.</summary>
internal sealed record SdkVolume
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("locator")] public SdkVolumeLocator? Locator { get; init; }
    [JsonPropertyName("spec")] public SdkVolumeSpec? Spec { get; init; }
    [JsonPropertyName("replica_sets")] public IReadOnlyList<SdkReplicaSet>? ReplicaSets { get; init; }
}
