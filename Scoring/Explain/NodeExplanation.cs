using System.Text.Json.Serialization;

namespace Stork.Scoring.Explain;

/// <summary>One node's filter verdict and score, with the reasons.</summary>
internal sealed record NodeExplanation(
    [property: JsonPropertyName("node")] string Node,
    [property: JsonPropertyName("passed")] bool Passed,
    [property: JsonPropertyName("filterReason")] string? FilterReason,
    [property: JsonPropertyName("score")] long Score,
    [property: JsonPropertyName("scoreReasons")] IReadOnlyList<string> ScoreReasons);
