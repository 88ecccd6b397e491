using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary>The NodeNames of a request as the reader resolves them. While the node table knows every name: their slots,
/// the request nodes and the candidates read through those (<see cref="TableNodes"/>, <see cref="SlottedCandidates"/>).
/// From the first name it does not know: a list of request nodes. Pooled lists; disposing hands back those not passed
/// on in an <see cref="ExtenderArgs"/>.</summary>
internal sealed class ResolvedNames : IDisposable
{
    private readonly NodeTable? table;
    private PooledList<RequestNode>? listed;

    /// <param name="table">Resolves the names; without it every name is listed as read.</param>
    public ResolvedNames(int capacity, NodeTable? table)
    {
        this.table = table;
        if (table is null)
        {
            listed = new(capacity);
            return;
        }

        Slots = new(capacity);
    }

    public IReadOnlyList<RequestNode> Nodes => listed ?? (IReadOnlyList<RequestNode>)new TableNodes(table!, Slots!);

    /// <summary>Null once a name is not the table's.</summary>
    public PooledList<int>? Slots { get; private set; }

    /// <summary>The table's node in that slot.</summary>
    public void Add(int slot)
    {
        if (listed is not null)
        {
            listed.Add(table!.EntryAt(slot));
            return;
        }

        Slots!.Add(slot);
    }

    /// <summary>A node the table does not know (or one read from an escaped name, which may be the table's).</summary>
    public void Add(RequestNode node)
    {
        if (listed is null && node.Cached is not null)
        {
            Slots!.Add(node.Slot);
            return;
        }

        List().Add(node);
    }

    public void Dispose()
    {
        listed?.Dispose();
        Slots?.Dispose();
    }

    /// <summary>The request nodes as a list, made from the slots so far at the first name the table does not know.</summary>
    private PooledList<RequestNode> List()
    {
        if (listed is null)
        {
            listed = new(Math.Max(Slots!.Count * 2, 4));
            foreach (var slot in Slots.AsSpan())
            {
                listed.Add(table!.EntryAt(slot));
            }

            Slots.Dispose();
            Slots = null;
        }

        return listed;
    }
}
