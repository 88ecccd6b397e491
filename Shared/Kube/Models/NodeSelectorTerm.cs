using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>Requirements are ANDed within a term; terms are ORed.</summary>
public sealed record NodeSelectorTerm
{
    [JsonPropertyName("matchExpressions")] public IReadOnlyList<NodeSelectorRequirement>? MatchExpressions { get; set; }
    [JsonPropertyName("matchFields")] public IReadOnlyList<NodeSelectorRequirement>? MatchFields { get; set; }
}
