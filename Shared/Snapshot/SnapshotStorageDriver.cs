using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Portworx;

namespace Stork.Shared.Snapshot;

/// <summary>The <c>pxd</c> driver answered from a snapshot's <c>StorageTopology</c>: the same ownership rules
/// and volume ids (and lower-cased hostnames) as the live driver, the nodes and replicas the file describes.</summary>
internal sealed class SnapshotStorageDriver : IStorageDriver
{
    private readonly IReadOnlyList<StorageNode> nodes;
    private readonly Dictionary<string, DriverVolume> volumes;

    public SnapshotStorageDriver(StorageTopologyDocument topology)
    {
        nodes = [.. topology.Nodes.Select(n => new StorageNode(n.Id, n.SchedulerNodeName, n.Hostname.ToLowerInvariant(), n.Ips, n.Status))];
        volumes = topology.Volumes.ToDictionary(
            v => v.Id,
            v => new DriverVolume(v.Id, v.Name, v.ReplicaNodes, v.Labels, v.AntiHyperconvergence),
            StringComparer.Ordinal);
    }

    public string Name => StorageDriverServiceCollectionExtensions.Portworx;

    public VolumeOwnership Ownership => PortworxDriver.PortworxOwnership;

    public ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(DriverResult<IReadOnlyList<StorageNode>>.Ok(nodes));

    public ValueTask<DriverResult<DriverVolume>> GetVolumeAsync(PersistentVolume volume, CancellationToken cancellationToken)
    {
        var id = PortworxVolumeMapper.VolumeId(volume);
        return ValueTask.FromResult(volumes.TryGetValue(id, out var found)
            ? DriverResult<DriverVolume>.Ok(found)
            : DriverResult<DriverVolume>.Fail($"volume {id} is not in the cluster snapshot's StorageTopology"));
    }
}
