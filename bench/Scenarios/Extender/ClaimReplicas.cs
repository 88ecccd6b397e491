using System.Text.Json.Nodes;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>A bound claim of the benchmark pod, its PersistentVolume, and the node indexes holding its replicas.</summary>
internal sealed record ClaimReplicas(JsonObject Claim, JsonObject Volume, IReadOnlyList<int> ReplicaNodes)
{
    public string Name => (string)Claim["metadata"]!["name"]!;
}
