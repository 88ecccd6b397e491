using Stork.Scoring.Placement;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Classification;

namespace Stork.Scoring.Cluster;

/// <summary>The I/O around the pod's volumes: classifies them with the shared <see cref="VolumeClassifier"/>
/// (the webhook's answer), reads claims and PVs the caches lack, applies the pure <see cref="ClaimRules"/>,
/// then asks the driver about each bound or in-tree volume concurrently.</summary>
internal sealed class PodVolumeResolver(StorageObjectsReader reader, IStorageDriver driver)
{
    public async Task<VolumeLookup> ResolveAsync(Pod pod, CancellationToken cancellationToken)
    {
        var (classified, error) = await ClassifyAsync(pod, cancellationToken);
        if (error is not null)
        {
            return new VolumeLookup.LookupFailed(error);
        }

        if (ClaimRules.Blocker(classified) is { } blocker)
        {
            return blocker;
        }

        var volumes = ClaimRules.DriverVolumes(classified);
        var answers = await Task.WhenAll(volumes.Select(v => DescribeAsync(v, cancellationToken)));
        return new VolumeLookup.Ready([.. volumes.Select((v, i) => PodVolume.Of(v, answers[i]))]);
    }

    /// <summary>The pod's volumes as the webhook sees them, after reading what the caches lack; or why that read failed.</summary>
    public async Task<(IReadOnlyList<ClassifiedVolume> Volumes, string? Error)> ClassifyAsync(Pod pod, CancellationToken cancellationToken)
    {
        var @namespace = pod.Metadata.Namespace;
        var objects = reader.FromCaches();
        var classified = VolumeClassifier.Classify(pod, @namespace, objects, driver.Ownership);
        if (!classified.Any(v => v.State == ClaimState.Missing || (v.State == ClaimState.Bound && v.BoundVolume is null)))
        {
            return (classified, null);
        }

        var fill = await reader.FillAsync(objects, @namespace, classified, Timeout.InfiniteTimeSpan, cancellationToken);
        return fill.Objects is { } filled
            ? (VolumeClassifier.Classify(pod, @namespace, filled, driver.Ownership), null)
            : ([], fill.Error);
    }

    /// <summary>The driver's view of a bound claim's PV (by its name when the PV itself is unknown) or of an
    /// in-tree <c>portworxVolume</c> (by its volume ID, like a PV); null for volumes not provisioned yet.</summary>
    private async Task<DriverResult<DriverVolume>?> DescribeAsync(ClassifiedVolume volume, CancellationToken cancellationToken)
    {
        var persistentVolume = volume switch
        {
            { State: ClaimState.Bound } => volume.BoundVolume ?? new PersistentVolume { Metadata = new() { Name = volume.BoundVolumeName } },
            { Kind: PodVolumeKind.PortworxVolume } => new PersistentVolume
            {
                Metadata = new() { Name = volume.BoundVolumeName },
                Spec = new() { PortworxVolume = new() { VolumeId = volume.BoundVolumeName ?? "" } },
            },
            _ => null,
        };
        return persistentVolume is null ? null : await driver.GetVolumeAsync(persistentVolume, cancellationToken);
    }
}
