using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>The I/O around <see cref="PlacementClassifier"/> for one bound pod: its volumes (caches first, the
/// driver's cached answers), the storage topology and its node, within <c>--request-deadline</c>.</summary>
internal sealed class PodPlacementRater(PodVolumeResolver resolver, TopologyProvider topology, NodeDirectory nodes, IOptions<ScoringOptions> options)
{
    /// <summary>The pod's verdict on its node (<c>spec.nodeName</c>, which must be set); null when there is nothing to rate.</summary>
    public async Task<PlacementVerdict?> RateAsync(Pod pod, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var node = pod.Spec.NodeName!;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.RequestDeadline);
        try
        {
            var volumes = await resolver.ResolveAsync(pod, deadline.Token);
            var storage = await topology.GetAsync(deadline.Token);
            var kubeNode = nodes.Current().Find(node)?.Cached ?? NodeInfos.NameOnly(node);
            return PlacementClassifier.Classify(volumes, storage, kubeNode, settings.RackLabel);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PlacementVerdict.Unreadable($"lookups passed the {settings.RequestDeadline} deadline");
        }
    }
}
