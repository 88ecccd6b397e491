using System.Collections;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Cluster;

/// <summary>The candidates of a NodeNames request whose every name the reader resolved to a cached node: a view of
/// the request's nodes, so that a request costs no array of candidates.</summary>
internal sealed class CachedCandidates(IReadOnlyList<RequestNode> nodes) : IReadOnlyList<KubeNodeInfo>
{
    public int Count => nodes.Count;

    public KubeNodeInfo this[int index] => nodes[index].Cached!;

    /// <summary>Each candidate's slot in the node table it was read against (the list the topology is built over).</summary>
    public IReadOnlyList<int> Slots { get; } = new SlotView(nodes);

    /// <summary>Whether every node of <paramref name="request"/> is a cached one.</summary>
    public static bool Cover(IReadOnlyList<RequestNode> request)
    {
        for (var i = 0; i < request.Count; i++)
        {
            if (request[i].Cached is null)
            {
                return false;
            }
        }

        return true;
    }

    public IEnumerator<KubeNodeInfo> GetEnumerator()
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            yield return nodes[i].Cached!;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class SlotView(IReadOnlyList<RequestNode> nodes) : IReadOnlyList<int>
    {
        public int Count => nodes.Count;

        public int this[int index] => nodes[index].Slot;

        public IEnumerator<int> GetEnumerator() => nodes.Select(n => n.Slot).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
