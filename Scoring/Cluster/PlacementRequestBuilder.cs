using Stork.Scoring.Extender;
using Stork.Scoring.Placement;
using Stork.Shared.Annotations;

namespace Stork.Scoring.Cluster;

/// <summary>Gathers what the placement rules decide on for one extender request: the pod's options and
/// volumes, the storage topology (both looked up concurrently) and the candidate nodes.</summary>
internal sealed class PlacementRequestBuilder(PodVolumeResolver volumes, TopologyProvider topology, NodeDirectory nodes)
{
    public async Task<PlacementRequest> BuildAsync(ExtenderArgs args, CancellationToken cancellationToken)
    {
        var volumeLookup = volumes.ResolveAsync(args.Pod, cancellationToken);
        var storage = topology.GetAsync(cancellationToken).AsTask();
        await Task.WhenAll(volumeLookup, storage);
        return new(
            PodSchedulingOptions.FromAnnotations(args.Pod.Metadata.Annotations),
            volumeLookup.Result,
            storage.Result,
            Candidates(args));
    }

    /// <summary>Full nodes are taken as sent; names are resolved through the node cache (when the reader resolved them
    /// all, by their slots in its table).</summary>
    private IReadOnlyList<KubeNodeInfo> Candidates(ExtenderArgs args)
    {
        if (args is { Slots: { } slots, Table: { } table })
        {
            return new SlottedCandidates(table.Nodes, slots);
        }

        var candidates = new KubeNodeInfo[args.Nodes.Count];
        var cached = args.Form == NodeForm.NodeNames ? nodes.Current() : null;
        for (var i = 0; i < candidates.Length; i++)
        {
            var node = args.Nodes[i];
            candidates[i] = cached is null ? FromRequest(node)
                : node.Cached ?? cached.Find(node.Name)?.Cached ?? NodeInfos.NameOnly(node.Name);
        }

        return candidates;
    }

    private static KubeNodeInfo FromRequest(RequestNode node) => new(
        node.Name,
        node.HostnameAddress is null ? [] : [node.HostnameAddress],
        node.InternalIps,
        node.Labels,
        GoBool.Parse(node.Annotations.GetValueOrDefault(AnnotationKeys.OperatorUnschedulable)) == true);
}
