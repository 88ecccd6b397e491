using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>The storage cluster laid over the Kubernetes nodes: every storage node with its locality,
/// an id index, and a precomputed Kubernetes-node match. Build it once per (storage nodes, node cache)
/// version and reuse it across requests; it is immutable.</summary>
internal sealed class StorageTopology
{
    private readonly LocatedStorageNode[] _nodes;
    private readonly Dictionary<string, int> _byId;
    private readonly Dictionary<string, (KubeNodeInfo Node, int Match)> _kubeMatches;
    private readonly Dictionary<KubeNodeInfo, int> _cachedMatches;
    private readonly KubeNodeInfo[] _kubeNodes;
    private readonly int[] _matchAt;
    private readonly int[] _localityIds;
    private readonly StorageNodeIndex _index;

    private StorageTopology(
        LocatedStorageNode[] nodes,
        Dictionary<string, int> byId,
        Dictionary<string, (KubeNodeInfo, int)> kubeMatches,
        Dictionary<KubeNodeInfo, int> cachedMatches,
        KubeNodeInfo[] kubeNodes,
        int[] kubeNodeMatches,
        int[] localityIds,
        StorageNodeIndex index)
    {
        _localityIds = localityIds;
        LocalityCount = localityIds.Length == 0 ? 0 : localityIds.Max() + 1;
        _nodes = nodes;
        _byId = byId;
        _kubeMatches = kubeMatches;
        _cachedMatches = cachedMatches;
        _kubeNodes = kubeNodes;
        _matchAt = kubeNodeMatches;
        _index = index;
    }

    public int Count => _nodes.Length;

    public LocatedStorageNode this[int index] => _nodes[index];

    /// <summary>How many distinct localities the storage nodes have (ids 0 to this − 1).</summary>
    public int LocalityCount { get; }

    /// <summary>The id of the storage node's locality: equal ids, equal localities.</summary>
    public int LocalityId(int index) => _localityIds[index];

    /// <summary>Builds the topology. A storage node's locality comes from the labels of its Kubernetes node:
    /// the node named like its scheduler name, else its id, else its hostname (Stork's lookup), else the
    /// Kubernetes node it matches (see <see cref="StorageNodeIndex"/>).</summary>
    /// <param name="storageNodes">The driver's nodes.</param>
    /// <param name="kubeNodes">Every Kubernetes node known to the node cache.</param>
    /// <param name="rackLabel">The node label holding the rack (<c>--rack-label</c>, default <c>px/rack</c>).</param>
    public static StorageTopology Build(
        IReadOnlyList<StorageNode> storageNodes,
        IReadOnlyList<KubeNodeInfo> kubeNodes,
        string rackLabel)
    {
        var index = new StorageNodeIndex(storageNodes);
        var kubeMatches = new Dictionary<string, (KubeNodeInfo, int)>(kubeNodes.Count, StringComparer.Ordinal);
        var cachedMatches = new Dictionary<KubeNodeInfo, int>(kubeNodes.Count, ReferenceEqualityComparer.Instance);
        var matchedKube = new KubeNodeInfo?[storageNodes.Count];
        var kubeArray = kubeNodes.ToArray();
        var matchAt = new int[kubeArray.Length];
        for (var k = 0; k < kubeArray.Length; k++)
        {
            var kube = kubeArray[k];
            var match = matchAt[k] = index.Match(kube);
            kubeMatches[kube.Name] = (kube, match);
            cachedMatches[kube] = match;
            if (match >= 0)
            {
                matchedKube[match] ??= kube;
            }
        }

        var located = new LocatedStorageNode[storageNodes.Count];
        var byId = new Dictionary<string, int>(storageNodes.Count, StringComparer.Ordinal);
        var keys = new LocalityKeys();
        var localityIds = new int[located.Length];
        var ids = new Dictionary<NodeLocality, int>();
        for (var i = 0; i < located.Length; i++)
        {
            var node = storageNodes[i];
            var kube = Named(kubeMatches, node.SchedulerNodeName) ?? Named(kubeMatches, node.Id)
                ?? Named(kubeMatches, node.Hostname) ?? matchedKube[i];
            var usable = node.Status is StorageNodeStatus.Online or StorageNodeStatus.StorageDown;
            var locality = usable && kube is not null ? keys.Shared(NodeLocality.FromLabels(kube.Labels, rackLabel)) : NodeLocality.Unknown;
            located[i] = new(node, locality, kube?.Name ?? node.Id);
            localityIds[i] = ids.TryGetValue(locality, out var id) ? id : ids[locality] = ids.Count;
            byId.TryAdd(node.Id, i);
        }

        return new(located, byId, kubeMatches, cachedMatches, kubeArray, matchAt, localityIds, index);
    }

    /// <summary>The storage node with this id, or null.</summary>
    public LocatedStorageNode? FindById(string id) => _byId.TryGetValue(id, out var i) ? _nodes[i] : null;

    /// <summary>The index of the storage node with this id, or -1.</summary>
    public int IndexOf(string id) => _byId.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The index of the storage node matched to <paramref name="node"/>, or -1. Uses the match
    /// precomputed for that very node object (a NodeNames candidate is the node cache's), else for the cached
    /// node of that name while its addresses are unchanged.</summary>
    public int Match(KubeNodeInfo node)
    {
        if (_cachedMatches.TryGetValue(node, out var cached))
        {
            return cached;
        }

        return _kubeMatches.TryGetValue(node.Name, out var known) && known.Node.SameAddresses(node)
            ? known.Match
            : _index.Match(node);
    }

    /// <summary><see cref="Match(KubeNodeInfo)"/> read from an array when <paramref name="position"/> is where that very
    /// node was in the list the topology was built over (a NodeNames candidate's slot in the node table): no hashing.</summary>
    public int Match(KubeNodeInfo node, int position) =>
        (uint)position < (uint)_kubeNodes.Length && ReferenceEquals(_kubeNodes[position], node) ? _matchAt[position] : Match(node);

    private static KubeNodeInfo? Named(Dictionary<string, (KubeNodeInfo Node, int)> kubeNodes, string name) =>
        name.Length > 0 && kubeNodes.TryGetValue(name, out var entry) ? entry.Node : null;
}
