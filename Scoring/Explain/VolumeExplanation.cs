using System.Text.Json.Serialization;

namespace Stork.Scoring.Explain;

/// <summary>One scored volume of a running pod: the level its node reaches and where the replicas are.</summary>
internal sealed record VolumeExplanation(
    [property: JsonPropertyName("volume")] string Volume,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("replicas")] string Replicas);
