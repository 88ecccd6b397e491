using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>The storage cluster laid over the Kubernetes nodes: every storage node with its locality,
/// an id index, and a precomputed Kubernetes-node match. Build it once per (storage nodes, node cache)
/// version and reuse it across requests; a label change only locates its storage node again
/// (<see cref="Relabel"/>). Immutable.</summary>
internal sealed class StorageTopology
{
    private readonly LocatedStorageNode[] _nodes;
    private readonly Dictionary<string, int> _byId;
    private readonly StorageNodeIndex _index;

    /// <summary>The list of Kubernetes nodes given (<see cref="IsOver"/>).</summary>
    private readonly IReadOnlyList<KubeNodeInfo> _source;

    /// <summary>The Kubernetes nodes as given, by position; per position the storage node it matches, and the node's name
    /// and unschedulable flag (read from these arrays, a candidate's node object is not read at all).</summary>
    private readonly KubeNodeInfo[] _kubeNodes;
    private readonly int[] _matchAt;
    private readonly string[] _nameAt;
    private readonly bool[] _unschedulableAt;

    /// <summary>A Kubernetes node's position by name (of equal names the last).</summary>
    private readonly Dictionary<string, int> _positions;

    /// <summary>Per storage node, the position of the Kubernetes node it was located by, or -1.</summary>
    private readonly int[] _locatedBy;
    private readonly Localities _localities;
    private readonly StorageNodeStatus[] _states;

    private StorageTopology(
        LocatedStorageNode[] nodes,
        Dictionary<string, int> byId,
        StorageNodeIndex index,
        IReadOnlyList<KubeNodeInfo> source,
        KubeNodeInfo[] kubeNodes,
        int[] matchAt,
        Dictionary<string, int> positions,
        int[] locatedBy,
        Localities localities)
    {
        _nodes = nodes;
        _byId = byId;
        _index = index;
        _source = source;
        _kubeNodes = kubeNodes;
        _matchAt = matchAt;
        _positions = positions;
        _locatedBy = locatedBy;
        _localities = localities;
        _states = Array.ConvertAll(nodes, n => n.Node.Status);
        _nameAt = Array.ConvertAll(kubeNodes, k => k.Name);
        _unschedulableAt = Array.ConvertAll(kubeNodes, k => k.StorageUnschedulable);
    }

    public int Count => _nodes.Length;

    public LocatedStorageNode this[int index] => _nodes[index];

    /// <summary>The state of storage node <paramref name="index"/>, read from an array.</summary>
    public StorageNodeStatus StateOf(int index) => _states[index];

    /// <summary>How many distinct localities the storage nodes have (ids 0 to this − 1).</summary>
    public int LocalityCount => _localities.Count;

    /// <summary>The id of the storage node's locality: equal ids, equal localities.</summary>
    public int LocalityId(int index) => _localities.IdAt(index);

    /// <summary>Builds the topology. A storage node's locality comes from the labels of its Kubernetes node:
    /// the node named like its scheduler name, else its id, else its hostname (Stork's lookup), else the
    /// Kubernetes node it matches (see <see cref="StorageNodeIndex"/>).</summary>
    /// <param name="storageNodes">The driver's nodes.</param>
    /// <param name="kubeNodes">Every Kubernetes node known to the node cache; a list that does not change.</param>
    /// <param name="rackLabel">The node label holding the rack (<c>--rack-label</c>, default <c>px/rack</c>).</param>
    public static StorageTopology Build(
        IReadOnlyList<StorageNode> storageNodes,
        IReadOnlyList<KubeNodeInfo> kubeNodes,
        string rackLabel)
    {
        var index = new StorageNodeIndex(storageNodes);
        var kube = kubeNodes.ToArray();
        var matchAt = new int[kube.Length];
        var positions = new Dictionary<string, int>(kube.Length, StringComparer.Ordinal);
        var firstMatching = new int[storageNodes.Count];
        Array.Fill(firstMatching, -1);
        for (var k = 0; k < kube.Length; k++)
        {
            var match = matchAt[k] = index.Match(kube[k]);
            positions[kube[k].Name] = k;
            if (match >= 0 && firstMatching[match] < 0)
            {
                firstMatching[match] = k;
            }
        }

        var located = new LocatedStorageNode[storageNodes.Count];
        var locatedBy = new int[storageNodes.Count];
        var byId = new Dictionary<string, int>(storageNodes.Count, StringComparer.Ordinal);
        var localities = new Localities(storageNodes.Count);
        for (var i = 0; i < located.Length; i++)
        {
            var node = storageNodes[i];
            var by = locatedBy[i] = Named(positions, node.SchedulerNodeName) ?? Named(positions, node.Id)
                ?? Named(positions, node.Hostname) ?? firstMatching[i];
            located[i] = Locate(node, by < 0 ? null : kube[by], rackLabel, localities, i);
            byId.TryAdd(node.Id, i);
        }

        return new(located, byId, index, kubeNodes, kube, matchAt, positions, locatedBy, localities);
    }

    /// <summary>This topology over <paramref name="kubeNodes"/>: the list it was built over, with some nodes replaced in
    /// place by nodes of the same name and addresses (a label or annotation change). Only the storage nodes located by
    /// those are located again; everything else is shared. Null when the list differs otherwise, or when relabels
    /// have piled up unused locality ids: build anew.</summary>
    public StorageTopology? Relabel(IReadOnlyList<KubeNodeInfo> kubeNodes, string rackLabel)
    {
        if (kubeNodes.Count != _kubeNodes.Length || _localities.Count > (2 * _nodes.Length) + 16)
        {
            return null;
        }

        KubeNodeInfo[]? kube = null;
        for (var k = 0; k < _kubeNodes.Length; k++)
        {
            var node = kubeNodes[k];
            if (ReferenceEquals(node, _kubeNodes[k]))
            {
                continue;
            }

            if (!string.Equals(node.Name, _kubeNodes[k].Name, StringComparison.Ordinal) || !node.SameAddresses(_kubeNodes[k]))
            {
                return null;
            }

            (kube ??= (KubeNodeInfo[])_kubeNodes.Clone())[k] = node;
        }

        if (kube is null)
        {
            return ReferenceEquals(kubeNodes, _source)
                ? this
                : new(_nodes, _byId, _index, kubeNodes, _kubeNodes, _matchAt, _positions, _locatedBy, _localities);
        }

        var located = (LocatedStorageNode[])_nodes.Clone();
        var localities = _localities.Copy();
        for (var i = 0; i < located.Length; i++)
        {
            var by = _locatedBy[i];
            if (by >= 0 && !ReferenceEquals(kube[by], _kubeNodes[by]))
            {
                located[i] = Locate(located[i].Node, kube[by], rackLabel, localities, i);
            }
        }

        return new(located, _byId, _index, kubeNodes, kube, _matchAt, _positions, _locatedBy, localities);
    }

    /// <summary>The storage node with this id, or null.</summary>
    public LocatedStorageNode? FindById(string id) => _byId.TryGetValue(id, out var i) ? _nodes[i] : null;

    /// <summary>The index of the storage node with this id, or -1.</summary>
    public int IndexOf(string id) => _byId.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The index of the storage node matched to <paramref name="node"/>, or -1. Uses the match
    /// precomputed for the Kubernetes node of that name while its addresses are unchanged.</summary>
    public int Match(KubeNodeInfo node) =>
        _positions.TryGetValue(node.Name, out var k) && (ReferenceEquals(_kubeNodes[k], node) || _kubeNodes[k].SameAddresses(node))
            ? _matchAt[k]
            : _index.Match(node);

    /// <summary>Whether the topology was built over that very list (or relabeled onto it): its positions are the list's.</summary>
    public bool IsOver(IReadOnlyList<KubeNodeInfo> kubeNodes) => ReferenceEquals(_source, kubeNodes);

    /// <summary>What the rules read of the Kubernetes node at <paramref name="position"/> of the list the topology is over,
    /// from arrays: no hashing, and the node object is not read.</summary>
    public Candidate CandidateAt(int position) => new(_nameAt[position], _unschedulableAt[position], _matchAt[position]);

    /// <summary>What the rules read of <paramref name="node"/>, with its <see cref="Match(KubeNodeInfo)"/>.</summary>
    public Candidate CandidateOf(KubeNodeInfo node) => new(node.Name, node.StorageUnschedulable, Match(node));

    /// <summary>A storage node's locality is known only while it is Online or StorageDown and located by a Kubernetes node.</summary>
    private static LocatedStorageNode Locate(StorageNode node, KubeNodeInfo? kube, string rackLabel, Localities localities, int index)
    {
        var usable = node.Status is StorageNodeStatus.Online or StorageNodeStatus.StorageDown;
        var locality = usable && kube is not null ? NodeLocality.FromLabels(kube.Labels, rackLabel) : NodeLocality.Unknown;
        return new(node, localities.Add(index, locality), kube?.Name ?? node.Id);
    }

    private static int? Named(Dictionary<string, int> positions, string name) =>
        name.Length > 0 && positions.TryGetValue(name, out var k) ? k : null;
}
