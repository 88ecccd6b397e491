using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage;

/// <summary>The seam between the services and a storage system (Portworx, a node-local CSI driver).
/// Implementations cache, coalesce and bound every call; they never throw for driver failures.</summary>
public interface IStorageDriver
{
    /// <summary>The <c>--driver</c> name: <c>pxd</c> or <c>csi</c>.</summary>
    string Name { get; }

    /// <summary>Which claims, classes and inline volumes belong to this driver (pure rules).</summary>
    VolumeOwnership Ownership { get; }

    /// <summary>All storage nodes with their status.</summary>
    ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync(CancellationToken cancellationToken);

    /// <summary>The driver's view of the volume behind a bound PV this driver owns.</summary>
    ValueTask<DriverResult<DriverVolume>> GetVolumeAsync(PersistentVolume volume, CancellationToken cancellationToken);
}
