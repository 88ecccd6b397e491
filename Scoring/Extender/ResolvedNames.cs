using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary>The NodeNames of a request as the reader resolves them: every request node and, while the node cache
/// knows every name, the cached nodes and their slots beside them (the candidates, without another pass over the
/// request nodes). Pooled lists; disposing hands back those not passed on in an <see cref="ExtenderArgs"/>.</summary>
internal sealed class ResolvedNames : IDisposable
{
    public ResolvedNames(int capacity, bool resolving)
    {
        Nodes = new(capacity);
        if (resolving)
        {
            Cached = new(capacity);
            Slots = new(capacity);
        }
    }

    public PooledList<RequestNode> Nodes { get; }

    /// <summary>Null once a name is not the cache's.</summary>
    public PooledList<KubeNodeInfo>? Cached { get; private set; }

    /// <inheritdoc cref="Cached"/>
    public PooledList<int>? Slots { get; private set; }

    /// <summary>The cached node in that slot of <paramref name="table"/>.</summary>
    public void Add(NodeTable table, int slot)
    {
        Nodes.Add(table.EntryAt(slot));
        Cached?.Add(table.NodeAt(slot));
        Slots?.Add(slot);
    }

    public void Add(RequestNode node)
    {
        Nodes.Add(node);
        if (Cached is null)
        {
            return;
        }

        if (node.Cached is { } cached)
        {
            Cached.Add(cached);
            Slots!.Add(node.Slot);
            return;
        }

        Cached.Dispose();
        Slots!.Dispose();
        (Cached, Slots) = (null, null);
    }

    public void Dispose()
    {
        Nodes.Dispose();
        Cached?.Dispose();
        Slots?.Dispose();
    }
}
