using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>storage.k8s.io/v1 CSINode: the CSI drivers registered on one node (same name as the node).</summary>
public sealed record CsiNode : IKubeObject
{
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; set; } = new();
    [JsonPropertyName("spec")]
    [JsonRequired]
    public CsiNodeSpec Spec { get; set; } = new();
}
