using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Portworx;

namespace Stork.Scoring.Tests.Cluster;

/// <summary>The <c>pxd</c> driver's rules over fixed storage nodes and volumes (by Portworx volume id).
/// <see cref="FailVolumes"/> fails every volume call; <see cref="Throw"/> makes every call throw.</summary>
internal sealed class FakeStorageDriver(IReadOnlyList<StorageNode> nodes, IReadOnlyDictionary<string, DriverVolume> volumes) : IStorageDriver
{
    public bool FailVolumes { get; set; }

    public bool Throw { get; set; }

    public List<string> VolumeCalls { get; } = [];

    public string Name => PortworxDriver.DriverName;

    public VolumeOwnership Ownership => PortworxDriver.PortworxOwnership;

    public ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync(CancellationToken cancellationToken) =>
        Throw ? throw new InvalidOperationException("driver broke") : ValueTask.FromResult(DriverResult<IReadOnlyList<StorageNode>>.Ok(nodes));

    public ValueTask<DriverResult<DriverVolume>> GetVolumeAsync(PersistentVolume volume, CancellationToken cancellationToken)
    {
        var id = PortworxVolumeMapper.VolumeId(volume);
        lock (VolumeCalls)
        {
            VolumeCalls.Add(id);
        }

        return ValueTask.FromResult(
            FailVolumes ? DriverResult<DriverVolume>.Fail("sdk: deadline exceeded")
            : volumes.TryGetValue(id, out var found) ? DriverResult<DriverVolume>.Ok(found)
            : DriverResult<DriverVolume>.Fail($"volume {id} not found"));
    }
}
