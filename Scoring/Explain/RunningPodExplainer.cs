using Microsoft.Extensions.Options;
using Stork.Scoring.Extender;
using Stork.Scoring.Hyperconvergence;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Explain;

/// <summary>Explains a pod of the cluster from the caches (<c>explain --pod-name</c>, <c>GET /explain?pod=</c>):
/// its placement as the watcher rates it, and every cached node's verdict and score as <c>/explain</c> gives them.</summary>
internal sealed class RunningPodExplainer(
    IResourceCache<Pod> pods, IResourceCache<Node> nodes, PodPlacementRater rater, ExplainEndpoint explain, IOptions<ScoringOptions> options)
{
    /// <summary>Why nothing is known of <c>namespace/name</c>: the pod cache holds only the pods of <c>--scheduler-name</c>.</summary>
    public string NotFound(string @namespace, string name) =>
        $"no pod {@namespace}/{name} of scheduler '{options.Value.SchedulerName}' in the cluster";

    /// <summary>Null when the pod is not in the cache.</summary>
    public async Task<RunningPod?> ExplainAsync(string @namespace, string name, CancellationToken cancellationToken)
    {
        if (pods.Get(@namespace, name) is not { } pod)
        {
            return null;
        }

        var verdict = BoundPods.IsBound(pod) ? await rater.RateAsync(pod, cancellationToken) : null;
        return new(pod, verdict, await ScoresNowAsync(pod, cancellationToken));
    }

    /// <summary>Every cached node's filter verdict and score for <paramref name="pod"/> (also a pod that is not in the cluster).</summary>
    public Task<PlacementExplanation> ScoresNowAsync(Pod pod, CancellationToken cancellationToken)
    {
        var nodeNames = nodes.Snapshot.Items
            .Select(n => n.Metadata.Name!).Order(StringComparer.Ordinal).Select(ExtenderArgsReader.NameOnly).ToArray();
        return explain.ExplainAsync(new ExtenderArgs(pod, NodeForm.NodeNames, nodeNames), cancellationToken);
    }
}
