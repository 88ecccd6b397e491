using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>A driver that only knows its ownership rules; the webhook must not call the network methods.</summary>
internal sealed class FakeStorageDriver(string name, VolumeOwnership ownership) : IStorageDriver
{
    public static readonly FakeStorageDriver Portworx = new("pxd", Ownerships.Portworx);

    public string Name => name;

    public VolumeOwnership Ownership => ownership;

    public ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("the webhook must not call the driver");

    public ValueTask<DriverResult<DriverVolume>> GetVolumeAsync(PersistentVolume volume, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the webhook must not call the driver");
}
