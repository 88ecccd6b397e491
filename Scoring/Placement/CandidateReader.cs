namespace Stork.Scoring.Placement;

/// <summary>The candidates of a request as the per-node rules read them (<see cref="Candidate"/>): by slot from the
/// topology's arrays when they are <see cref="SlottedCandidates"/> over the very node list the topology was built over,
/// else from each node object (a full Nodes request, or a node change between decoding and deciding).</summary>
internal readonly ref struct CandidateReader
{
    private readonly StorageTopology topology;
    private readonly ReadOnlySpan<int> slots;
    private readonly ReadOnlySpan<KubeNodeInfo> nodes;

    public CandidateReader(StorageTopology topology, IReadOnlyList<KubeNodeInfo> candidates)
    {
        this.topology = topology;
        if (candidates is SlottedCandidates slotted && topology.IsOver(slotted.Nodes))
        {
            slots = ListSpans.Of(slotted.Slots);
            Count = slots.Length;
        }
        else
        {
            nodes = ListSpans.Of(candidates);
            Count = nodes.Length;
        }
    }

    public int Count { get; }

    public Candidate this[int index] => nodes.IsEmpty ? topology.CandidateAt(slots[index]) : topology.CandidateOf(nodes[index]);
}
