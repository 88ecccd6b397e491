using Microsoft.Extensions.Options;
using Stork.Scoring.Placement;
using Stork.Shared.Storage;

namespace Stork.Scoring.Cluster;

/// <summary>The storage topology over the node cache, built again only when the driver's node list or the node cache
/// changed since the last request. A node list refreshed with the same nodes keeps the topology; nodes relabeled in
/// place are located again in it (<see cref="StorageTopology.Relabel"/>) instead of building it anew.</summary>
internal sealed class TopologyProvider(IStorageDriver driver, NodeDirectory nodes, IOptions<ScoringOptions> options)
{
    private Memo? memo;

    public async ValueTask<DriverResult<StorageTopology>> GetAsync(CancellationToken cancellationToken)
    {
        var storageNodes = await driver.GetNodesAsync(cancellationToken);
        if (!storageNodes.IsSuccess)
        {
            return DriverResult<StorageTopology>.Fail(storageNodes.Error!);
        }

        var kubeNodes = nodes.Current();
        var current = Volatile.Read(ref memo);
        if (current is not null && ReferenceEquals(current.StorageNodes, storageNodes.Value) && ReferenceEquals(current.KubeNodes, kubeNodes))
        {
            return DriverResult<StorageTopology>.Ok(current.Topology);
        }

        var topology = current is not null && SameNodes(current.StorageNodes, storageNodes.Value!)
            ? current.Topology.Relabel(kubeNodes.Nodes, options.Value.RackLabel)
            : null;
        topology ??= StorageTopology.Build(storageNodes.Value!, kubeNodes.Nodes, options.Value.RackLabel);
        Volatile.Write(ref memo, new Memo(storageNodes.Value!, kubeNodes, topology));
        return DriverResult<StorageTopology>.Ok(topology);
    }

    /// <summary>Whether two node lists of the driver say the same, in the same order (a refresh mostly does).</summary>
    internal static bool SameNodes(IReadOnlyList<StorageNode> known, IReadOnlyList<StorageNode> fresh)
    {
        if (ReferenceEquals(known, fresh))
        {
            return true;
        }

        if (known.Count != fresh.Count)
        {
            return false;
        }

        for (var i = 0; i < known.Count; i++)
        {
            var (a, b) = (known[i], fresh[i]);
            if (!ReferenceEquals(a, b)
                && (a.Status != b.Status
                    || !string.Equals(a.Id, b.Id, StringComparison.Ordinal)
                    || !string.Equals(a.SchedulerNodeName, b.SchedulerNodeName, StringComparison.Ordinal)
                    || !string.Equals(a.Hostname, b.Hostname, StringComparison.Ordinal)
                    || !a.Ips.SequenceEqual(b.Ips, StringComparer.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Memo(IReadOnlyList<StorageNode> StorageNodes, NodeTable KubeNodes, StorageTopology Topology);
}
