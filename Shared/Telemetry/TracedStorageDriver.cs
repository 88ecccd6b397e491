using System.Diagnostics;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;

namespace Stork.Shared.Telemetry;

/// <summary>Wraps the storage driver so that each call is a child span of the extender request that makes it
/// (served from the driver's cache or not: the span's length tells).</summary>
internal sealed class TracedStorageDriver(IStorageDriver inner, StorkTracing tracing) : IStorageDriver
{
    public const string NodesSpan = "driver nodes";
    public const string VolumeSpan = "driver volume";

    public string Name => inner.Name;

    public VolumeOwnership Ownership => inner.Ownership;

    public async ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync(CancellationToken cancellationToken)
    {
        using var span = tracing.Start(NodesSpan, ActivityKind.Client);
        var result = await inner.GetNodesAsync(cancellationToken);
        if (result.Error is { } error)
        {
            span.SetFailed(error);
        }

        return result;
    }

    public async ValueTask<DriverResult<DriverVolume>> GetVolumeAsync(PersistentVolume volume, CancellationToken cancellationToken)
    {
        using var span = tracing.Start(VolumeSpan, ActivityKind.Client);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(SpanTags.Name, volume.Metadata.Name);
        }

        var result = await inner.GetVolumeAsync(volume, cancellationToken);
        if (result.Error is { } error)
        {
            span.SetFailed(error);
        }

        return result;
    }
}
