using System.Text;
using Stork.Scoring.Hyperconvergence;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Explain;

/// <summary>The head of <c>explain --pod-name</c>: where the pod runs, its placement and each volume's level.</summary>
internal static class RunningPodRenderer
{
    public static string Render(Pod pod, PlacementVerdict? verdict)
    {
        var text = new StringBuilder("Pod ").Append(pod.Metadata.Namespace).Append('/').Append(pod.Metadata.Name);
        if (pod.Spec.NodeName is not { Length: > 0 } node)
        {
            return text.Append(" is not bound to a node yet\n").ToString();
        }

        text.Append(" runs on ").Append(node).Append(": ");
        if (verdict is null)
        {
            return text.Append("no driver volume to rate\n").ToString();
        }

        text.Append(PlacementLevels.Label(verdict.Placement));
        text.Append(verdict.Reason is null ? "\n" : $" ({verdict.Reason})\n");
        foreach (var volume in verdict.Volumes)
        {
            text.Append("  ").Append(volume.Volume).Append(": ").Append(PlacementLevels.Label(volume.Level))
                .Append(" (replicas on ").Append(volume.Replicas).Append(")\n");
        }

        return text.ToString();
    }
}
