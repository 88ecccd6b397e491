using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Portworx;

/// <summary>The <c>pxd</c> driver: Portworx through the OpenStorage SDK REST gateway. Storage nodes come
/// from memory (refreshed by <see cref="PortworxNodeRefresher"/>), volumes from a short-lived cache;
/// SDK calls are coalesced, bounded by <see cref="PortworxOptions.CallTimeout"/> and guarded by a
/// circuit breaker. Never throws for SDK failures.</summary>
internal sealed class PortworxDriver : IStorageDriver
{
    public const string DriverName = "pxd";

    public static readonly VolumeOwnership PortworxOwnership = new(
        new HashSet<string>(StringComparer.Ordinal)
        {
            "pxd.portworx.com", "com.openstorage.pxd", "kubernetes.io/portworx-volume",
        },
        InTreePortworx: true);

    private readonly PortworxNodeCache _nodes;
    private readonly PortworxVolumeCache _volumes;

    public PortworxDriver(
        PortworxSdkClient client,
        IOptions<PortworxOptions> options,
        TimeProvider time,
        IMeterFactory meterFactory,
        ILogger<PortworxDriver> logger)
    {
        var metrics = new PortworxMetrics(meterFactory, () => _nodes?.Age);
        var guard = new PortworxCallGuard(options.Value.CallTimeout, time, metrics, logger);
        _nodes = new PortworxNodeCache(client, guard, options.Value, time, logger);
        _volumes = new PortworxVolumeCache(client, guard, options.Value, time, logger);
    }

    public string Name => DriverName;

    public VolumeOwnership Ownership => PortworxOwnership;

    public ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync(CancellationToken cancellationToken) =>
        _nodes.GetAsync(cancellationToken);

    public ValueTask<DriverResult<DriverVolume>> GetVolumeAsync(PersistentVolume volume, CancellationToken cancellationToken) =>
        _volumes.GetAsync(PortworxVolumeMapper.VolumeId(volume), cancellationToken);

    /// <summary>For the PV-change hook: the next lookup of this volume asks the SDK.</summary>
    public void InvalidateVolume(string volumeId) => _volumes.Invalidate(volumeId);

    /// <summary>One background round: refresh the node list and forget expired volume answers.</summary>
    public async Task RefreshAsync()
    {
        await _nodes.RefreshAsync();
        _volumes.Prune();
    }
}
