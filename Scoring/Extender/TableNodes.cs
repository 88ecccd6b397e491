using System.Collections;
using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary>The request nodes of a NodeNames request whose every name the node table knows, read through their slots:
/// decoding keeps a slot per name and no list of request nodes beside it.</summary>
internal sealed class TableNodes(NodeTable table, PooledList<int> slots) : IReadOnlyList<RequestNode>
{
    public int Count => slots.Count;

    public RequestNode this[int index] => table.EntryAt(slots[index]);

    public IEnumerator<RequestNode> GetEnumerator()
    {
        for (var i = 0; i < slots.Count; i++)
        {
            yield return table.EntryAt(slots[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
