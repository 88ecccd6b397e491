using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record NodeSelector
{
    [JsonPropertyName("nodeSelectorTerms")] public IReadOnlyList<NodeSelectorTerm> NodeSelectorTerms { get; set; } = [];
}
