using Stork.Scoring.Hyperconvergence;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Explain;

/// <summary>What is known of a running pod of the stork scheduler: the cached pod, its placement verdict (null when
/// not bound or nothing to rate) and the extender's explanation for it now; rendered as text or as the JSON record.</summary>
internal sealed record RunningPod(Pod Pod, PlacementVerdict? Verdict, PlacementExplanation ScoresNow)
{
    /// <summary>The text of <c>explain --pod-name</c> and of <c>GET /explain?pod=</c> for <c>Accept: text/plain</c>.</summary>
    public string ToText() => RunningPodRenderer.Render(Pod, Verdict) + "Scores now:\n" + ExplainTextRenderer.Render(ScoresNow);

    public RunningPodExplanation ToExplanation() => new(
        $"{Pod.Metadata.Namespace}/{Pod.Metadata.Name}",
        Pod.Spec.NodeName is { Length: > 0 } node ? node : null,
        Verdict is null ? null : PlacementLevels.Label(Verdict.Placement),
        Verdict?.Reason,
        Verdict is null ? [] : [.. Verdict.Volumes.Select(v => new VolumeExplanation(v.Volume, PlacementLevels.Label(v.Level), v.Replicas))],
        ScoresNow);
}
