using System.Text.Json.Serialization;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Explain;

/// <summary>"Why did my pod land there?": the filter's and the scorer's view of every candidate node.</summary>
internal sealed record PlacementExplanation(
    [property: JsonPropertyName("pod")] string Pod,
    [property: JsonPropertyName("filterOutcome")] string FilterOutcome,
    [property: JsonPropertyName("filterReason")] string FilterReason,
    [property: JsonPropertyName("scoreScale")] string ScoreScale,
    [property: JsonPropertyName("scoreSummary")] string ScoreSummary,
    [property: JsonPropertyName("nodes")] IReadOnlyList<NodeExplanation> Nodes)
{
    /// <summary>Joins the two verdicts per node, best score first (pure).</summary>
    public static PlacementExplanation Of(string pod, FilterResult filter, PrioritizeResult priorities, ScoreScale scale)
    {
        var passed = filter.Passed.ToHashSet(StringComparer.Ordinal);
        var nodes = priorities.Scores
            .Select(s => new NodeExplanation(s.Host, passed.Contains(s.Host), filter.Failed.GetValueOrDefault(s.Host), s.Score, s.Reasons))
            .OrderByDescending(n => n.Passed)
            .ThenByDescending(n => n.Score)
            .ThenBy(n => n.Node, StringComparer.Ordinal)
            .ToArray();
        return new(pod, filter.Outcome.ToString(), filter.Reason, scale.ToString().ToLowerInvariant(), priorities.Summary, nodes);
    }
}
