using System.Text.Json.Serialization;
using Stork.Shared.Storage;

namespace Stork.Shared.Snapshot;

/// <summary>The storage system's side of a cluster snapshot (<c>kind: StorageTopology</c>): what the
/// Portworx SDK would report.</summary>
internal sealed record StorageTopologyDocument
{
    public const string Kind = "StorageTopology";

    [JsonPropertyName("nodes")] public IReadOnlyList<SnapshotStorageNode> Nodes { get; init; } = [];
    [JsonPropertyName("volumes")] public IReadOnlyList<SnapshotVolume> Volumes { get; init; } = [];
}

internal sealed record SnapshotStorageNode
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("schedulerNodeName")] public string SchedulerNodeName { get; init; } = "";
    [JsonPropertyName("hostname")] public string Hostname { get; init; } = "";
    [JsonPropertyName("ips")] public IReadOnlyList<string> Ips { get; init; } = [];
    [JsonPropertyName("status")] public StorageNodeStatus Status { get; init; } = StorageNodeStatus.Online;
}

internal sealed record SnapshotVolume
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("replicaNodes")] public IReadOnlyList<string> ReplicaNodes { get; init; } = [];
    [JsonPropertyName("labels")] public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    [JsonPropertyName("antiHyperconvergence")] public bool AntiHyperconvergence { get; init; }
}
