using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Portworx;

namespace Stork.Scoring.Cluster;

/// <summary>Drops the Portworx driver's cached view of a volume when its PV changes, so a new replica
/// placement is seen before the volume cache's TTL runs out.</summary>
internal sealed class PortworxVolumeInvalidation(ResourceCache<PersistentVolume> volumes, PortworxDriver driver) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        volumes.Subscribe(change => driver.InvalidateVolume(PortworxVolumeMapper.VolumeId(change.Object)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
