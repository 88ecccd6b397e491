using Microsoft.Extensions.Options;
using Stork.Scoring.Placement;
using Stork.Shared.Storage;

namespace Stork.Scoring.Cluster;

/// <summary>The storage topology over the node cache, rebuilt only when the driver's node list or the
/// node cache changed since the last request.</summary>
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

        var topology = StorageTopology.Build(storageNodes.Value!, kubeNodes.Nodes, options.Value.RackLabel);
        Volatile.Write(ref memo, new Memo(storageNodes.Value!, kubeNodes, topology));
        return DriverResult<StorageTopology>.Ok(topology);
    }

    private sealed record Memo(IReadOnlyList<StorageNode> StorageNodes, NodeTable KubeNodes, StorageTopology Topology);
}
