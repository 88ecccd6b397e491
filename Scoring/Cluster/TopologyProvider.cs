using Microsoft.Extensions.Options;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;

namespace Stork.Scoring.Cluster;

/// <summary>The storage topology over the node cache, rebuilt only when the driver's node list or the
/// node cache changed since the last request.</summary>
internal sealed class TopologyProvider(IStorageDriver driver, IResourceCache<Node> nodes, IOptions<ScoringOptions> options)
{
    private Memo? memo;

    public async ValueTask<DriverResult<StorageTopology>> GetAsync(CancellationToken cancellationToken)
    {
        var storageNodes = await driver.GetNodesAsync(cancellationToken);
        if (!storageNodes.IsSuccess)
        {
            return DriverResult<StorageTopology>.Fail(storageNodes.Error!);
        }

        var snapshot = nodes.Snapshot;
        var current = Volatile.Read(ref memo);
        if (current is not null && ReferenceEquals(current.StorageNodes, storageNodes.Value) && current.NodeVersion == snapshot.Version)
        {
            return DriverResult<StorageTopology>.Ok(current.Topology);
        }

        var kubeNodes = snapshot.Items.Select(NodeInfos.Of).ToArray();
        var topology = StorageTopology.Build(storageNodes.Value!, kubeNodes, options.Value.RackLabel);
        Volatile.Write(ref memo, new Memo(storageNodes.Value!, snapshot.Version, topology));
        return DriverResult<StorageTopology>.Ok(topology);
    }

    private sealed record Memo(IReadOnlyList<StorageNode> StorageNodes, long NodeVersion, StorageTopology Topology);
}
