using System.Collections.Immutable;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Cluster;

/// <summary>The node cache's nodes by name (<see cref="NodeTable"/>), kept up to date from the cache's change
/// notifications: a Node event touches only its own entry, and only when something placement reads changed
/// (name, addresses, labels, the unschedulable annotation; see <see cref="KubeNodeInfo.ReadsAlike"/>). A
/// heartbeat publishes nothing, so the table, and the topology built over it, stay the same objects, and notifies no
/// subscriber. Readers take the published table without locking; the cache's writer and the first reader serialize
/// on a gate.</summary>
internal sealed class NodeDirectory
{
    private readonly Lock gate = new();
    private NodeTable table;
    private ImmutableArray<Action<string>> subscribers = [];

    public NodeDirectory(ResourceCache<Node> nodes)
    {
        lock (gate)
        {
            nodes.Subscribe(Apply);
            table = NodeTable.Of(nodes.Snapshot.Items.Select(NodeInfos.Of));
        }
    }

    /// <summary>Every cached node, as of the last change that mattered.</summary>
    public NodeTable Current() => Volatile.Read(ref table);

    /// <summary>Calls <paramref name="changed"/> with the node's name after each change that mattered (a node added,
    /// changed in what placement reads, or deleted), on the cache's writer: it must not block.</summary>
    public void Subscribe(Action<string> changed)
    {
        lock (gate)
        {
            subscribers = subscribers.Add(changed);
        }
    }

    private void Apply(CacheChange<Node> change)
    {
        lock (gate)
        {
            var name = change.Object.Metadata?.Name ?? "";
            var current = table;
            var next = change.Type == CacheChangeType.Deleted
                ? current.Without(name)
                : current.With(NodeInfos.Of(change.Object));
            if (ReferenceEquals(next, current))
            {
                return;
            }

            Volatile.Write(ref table, next);
            foreach (var changed in subscribers)
            {
                changed(name);
            }
        }
    }
}
