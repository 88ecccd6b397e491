using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;

namespace Stork.Scoring.Cluster;

/// <summary>Finds a pod's driver volumes: claims from the caches (one API read on a miss), their class
/// and volume, and the driver's view of each bound volume (looked up concurrently).</summary>
internal sealed class PodVolumeResolver(
    IResourceCache<PersistentVolumeClaim> claims,
    IResourceCache<PersistentVolume> volumes,
    IResourceCache<StorageClass> classes,
    IKubeApi api,
    IStorageDriver driver)
{
    private const string WaitForFirstConsumer = "WaitForFirstConsumer";

    public async Task<VolumeLookup> ResolveAsync(Pod pod, CancellationToken cancellationToken)
    {
        var found = new List<(string Display, PersistentVolumeClaim Claim, StorageClass? Class, PersistentVolume? Volume)>();
        foreach (var claimName in ClaimNames(pod))
        {
            var display = $"PVC {pod.Metadata.Namespace}/{claimName}";
            var read = await KubeLookup.GetAsync(claims, api, KubeResources.PersistentVolumeClaims, pod.Metadata.Namespace, claimName, cancellationToken);
            if (!read.IsSuccess)
            {
                return read.Error!.IsNotFound
                    ? new VolumeLookup.MissingClaim($"{pod.Metadata.Namespace}/{claimName}")
                    : new VolumeLookup.DriverError($"cannot read {display}: {read.Error}");
            }

            var claim = read.Value!;
            if (GoBool.Parse(claim.Metadata.Annotation(AnnotationKeys.RestoreInProgress)) == true)
            {
                return new VolumeLookup.RestoreInProgress($"{pod.Metadata.Namespace}/{claimName}");
            }

            var storageClass = claim.Spec.StorageClassName is { Length: > 0 } className ? classes.Get(null, className) : null;
            var bound = await BoundVolumeAsync(claim, cancellationToken);
            if (!bound.IsSuccess && !bound.Error!.IsNotFound)
            {
                return new VolumeLookup.DriverError($"cannot read the volume of {display}: {bound.Error}");
            }

            var volume = bound.Value;
            if (driver.Ownership.OwnsClaim(claim, storageClass, volume))
            {
                found.Add((display, claim, storageClass, volume));
            }
        }

        var pending = found.FirstOrDefault(f => f.Volume is null && f.Class?.VolumeBindingMode != WaitForFirstConsumer);
        if (pending.Claim is not null)
        {
            return new VolumeLookup.PendingClaim(pending.Display);
        }

        var lookups = found.Select(f => DescribeAsync(f.Display, f.Claim, f.Class, f.Volume, cancellationToken)).ToArray();
        var described = await Task.WhenAll(lookups);
        var error = described.FirstOrDefault(d => d.Error is not null).Error;
        return error is not null
            ? new VolumeLookup.DriverError(error)
            : new VolumeLookup.Ready([.. described.Select(d => d.Volume!)]);
    }

    /// <summary>Claims the pod mounts: its PVCs and the PVCs of its generic ephemeral volumes (<c>{pod}-{volume}</c>).</summary>
    private static IEnumerable<string> ClaimNames(Pod pod) =>
        (pod.Spec.Volumes ?? []).Select(v =>
            v.PersistentVolumeClaim?.ClaimName is { Length: > 0 } name ? name
            : v.Ephemeral is not null ? $"{pod.Metadata.Name}-{v.Name}"
            : null)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal);

    /// <summary>The claim's PV: by spec.volumeName (one API read if the cache lacks it, as the PV may be
    /// newer than the watch), else by the PV's claimRef; NotFound while the claim is Pending.</summary>
    private async Task<KubeResult<PersistentVolume>> BoundVolumeAsync(PersistentVolumeClaim claim, CancellationToken cancellationToken)
    {
        var notFound = KubeResult<PersistentVolume>.Fail(new(404, "NotFound", "claim not bound"));
        if (claim.Status?.Phase == "Pending")
        {
            return notFound;
        }

        if (claim.Spec.VolumeName is { Length: > 0 } volumeName)
        {
            return await KubeLookup.GetAsync(volumes, api, KubeResources.PersistentVolumes, null, volumeName, cancellationToken);
        }

        var byClaim = volumes.Snapshot.ByIndex(KubeIndexes.VolumeByClaim.Name, CacheSnapshot<PersistentVolume>.KeyOf(claim.Metadata.Namespace, claim.Metadata.Name ?? ""));
        return byClaim.FirstOrDefault() is { } volume ? KubeResult<PersistentVolume>.Ok(volume) : notFound;
    }

    private async Task<(PodVolume? Volume, string? Error)> DescribeAsync(
        string display, PersistentVolumeClaim claim, StorageClass? storageClass, PersistentVolume? volume, CancellationToken cancellationToken)
    {
        if (volume is null)
        {
            // Pending WaitForFirstConsumer: provisioned where the pod lands, so no replicas yet.
            var labels = VolumeLabels.Merge(null, storageClass?.Parameters, claim.Metadata.Annotations);
            return (new PodVolume(display, "", claim.Metadata.Name ?? "", [], labels, false), null);
        }

        var described = await driver.GetVolumeAsync(volume, cancellationToken);
        return described.IsSuccess
            ? (PodVolume.From(display, described.Value!, VolumeLabels.Merge(described.Value!.Labels, storageClass?.Parameters, claim.Metadata.Annotations)), null)
            : (null, $"{display}: {described.Error}");
    }
}
