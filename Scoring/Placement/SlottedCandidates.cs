using System.Collections;

namespace Stork.Scoring.Placement;

/// <summary>Candidates given by their slots in a node list, candidate <c>i</c> being <c>Nodes[Slots[i]]</c>: a NodeNames
/// request whose every name the node table knew. Built over the same list, the storage topology answers for a candidate
/// by its slot (<see cref="CandidateReader"/>); no list of the candidates' node objects is made.</summary>
internal sealed class SlottedCandidates(IReadOnlyList<KubeNodeInfo> nodes, IReadOnlyList<int> slots) : IReadOnlyList<KubeNodeInfo>
{
    public IReadOnlyList<KubeNodeInfo> Nodes => nodes;

    public IReadOnlyList<int> Slots => slots;

    public int Count => slots.Count;

    public KubeNodeInfo this[int index] => nodes[slots[index]];

    public IEnumerator<KubeNodeInfo> GetEnumerator()
    {
        for (var i = 0; i < slots.Count; i++)
        {
            yield return nodes[slots[i]];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
