using Stork.Scoring.Placement;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Cluster;

/// <summary>The node cache's nodes by name, reduced to <see cref="KubeNodeInfo"/>, rebuilt only when the cache
/// publishes a new snapshot. A NodeNames request then costs one hash lookup per name; through the snapshot's
/// immutable dictionary (a balanced tree) plus the reduction table, 5,000 names took about 0.9 ms, nearly half of
/// the request.</summary>
internal sealed class NodeDirectory(IResourceCache<Node> nodes)
{
    private Memo? memo;

    /// <summary>Every cached node by name, as of the cache's current snapshot.</summary>
    public IReadOnlyDictionary<string, KubeNodeInfo> Current()
    {
        var snapshot = nodes.Snapshot;
        var current = Volatile.Read(ref memo);
        if (current is not null && ReferenceEquals(current.Snapshot, snapshot))
        {
            return current.ByName;
        }

        var byName = new Dictionary<string, KubeNodeInfo>(snapshot.Count, StringComparer.Ordinal);
        foreach (var node in snapshot.Items)
        {
            byName[node.Metadata.Name ?? ""] = NodeInfos.Of(node);
        }

        Volatile.Write(ref memo, new Memo(snapshot, byName));
        return byName;
    }

    private sealed record Memo(CacheSnapshot<Node> Snapshot, Dictionary<string, KubeNodeInfo> ByName);
}
