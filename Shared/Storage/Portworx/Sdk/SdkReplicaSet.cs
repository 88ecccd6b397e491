using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>openstorage <c>apiReplicaSet</c>: the storage node ids holding one copy set.</summary>
internal sealed record SdkReplicaSet
{
    [JsonPropertyName("nodes")] public IReadOnlyList<string>? Nodes { get; init; }
}
