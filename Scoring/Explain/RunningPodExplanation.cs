using System.Text.Json.Serialization;

namespace Stork.Scoring.Explain;

/// <summary>"Why is my running pod where it is?": its node, its placement with each scored volume's level, and
/// the extender's explanation for it now (<c>GET /explain?pod=</c> as JSON).</summary>
/// <param name="Node">Null while the pod is not bound.</param>
/// <param name="Placement">hyperconverged, partial, remote or unknown; null when not bound or no driver volume to rate.</param>
/// <param name="PlacementReason">Why the placement is unknown; null otherwise.</param>
internal sealed record RunningPodExplanation(
    [property: JsonPropertyName("pod")] string Pod,
    [property: JsonPropertyName("node")] string? Node,
    [property: JsonPropertyName("placement")] string? Placement,
    [property: JsonPropertyName("placementReason")] string? PlacementReason,
    [property: JsonPropertyName("volumes")] IReadOnlyList<VolumeExplanation> Volumes,
    [property: JsonPropertyName("scoresNow")] PlacementExplanation ScoresNow);
