using Stork.Scoring.Extender;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Cluster;

/// <summary>The node cache's nodes by name (<see cref="NodeTable"/>), rebuilt only when the cache publishes a
/// new snapshot. A NodeNames request then costs one hash lookup per name, on the decoded characters.</summary>
internal sealed class NodeDirectory(IResourceCache<Node> nodes)
{
    private Memo? memo;

    /// <summary>Every cached node, as of the cache's current snapshot.</summary>
    public NodeTable Current()
    {
        var snapshot = nodes.Snapshot;
        var current = Volatile.Read(ref memo);
        if (current is not null && ReferenceEquals(current.Snapshot, snapshot))
        {
            return current.Table;
        }

        var byName = new Dictionary<string, RequestNode>(snapshot.Count, StringComparer.Ordinal);
        foreach (var node in snapshot.Items)
        {
            var info = NodeInfos.Of(node);
            if (info.Name.Length == 0)
            {
                continue;
            }

            byName[info.Name] = ExtenderArgsReader.NameOnly(info.Name) with { Cached = info };
        }

        var table = new NodeTable(byName);
        Volatile.Write(ref memo, new Memo(snapshot, table));
        return table;
    }

    private sealed record Memo(CacheSnapshot<Node> Snapshot, NodeTable Table);
}
