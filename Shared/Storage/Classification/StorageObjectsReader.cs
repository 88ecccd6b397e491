using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Classification;

/// <summary>The I/O edge of the classification, for both services: cache snapshots, and for objects the
/// caches have not seen yet (a StatefulSet creates a PVC a moment before its pod; a PV may be newer than
/// the watch) one API read each, within the caller's deadline, at most
/// <see cref="CacheMissReadOptions.MaxPerRequest"/> at once per call and
/// <see cref="CacheMissReadOptions.MaxPerProcess"/> at once across calls.</summary>
internal sealed class StorageObjectsReader(
    IResourceCache<PersistentVolumeClaim> claims,
    IResourceCache<PersistentVolume> volumes,
    IResourceCache<StorageClass> storageClasses,
    IKubeApi api,
    IOptions<CacheMissReadOptions> options,
    TimeProvider time,
    ILogger<StorageObjectsReader> logger) : IDisposable
{
    private readonly SemaphoreSlim processSlots = new(options.Value.MaxPerProcess);

    public StorageObjects FromCaches() => new(claims.Snapshot, volumes.Snapshot, storageClasses.Snapshot);

    /// <summary>Reads the missing PVCs of <paramref name="classified"/> and then the missing PVs of bound
    /// claims. A 404 leaves an object missing (it does not exist); any other error, or passing
    /// <paramref name="deadline"/> (<see cref="Timeout.InfiniteTimeSpan"/>: none), fails the fill.</summary>
    public async Task<CacheMissFill> FillAsync(
        StorageObjects objects, string? @namespace, IReadOnlyList<ClassifiedVolume> classified, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var claimNames = MissingClaims(classified);
        var where = $"PVCs {string.Join(", ", claimNames)} of namespace {@namespace}";
        using var timeout = new CancellationTokenSource(deadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var (found, claimError) = await ReadAllAsync(KubeResources.PersistentVolumeClaims, @namespace, claimNames, linked.Token)
                .WaitAsync(deadline, time, cancellationToken);
            if (claimError is not null)
            {
                return new(null, claimNames.Count, $"reading {where} failed: {claimError}");
            }

            var volumeNames = MissingVolumes(classified, found, objects);
            where = $"PVs {string.Join(", ", volumeNames)}";
            var (pvs, volumeError) = await ReadAllAsync(KubeResources.PersistentVolumes, null, volumeNames, linked.Token)
                .WaitAsync(deadline, time, cancellationToken);
            return volumeError is null
                ? new(objects.With(found, pvs), claimNames.Count, null)
                : new(null, claimNames.Count, $"reading {where} failed: {volumeError}");
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new(null, claimNames.Count, $"reading {where} exceeded the {deadline.TotalSeconds:0.###} s deadline");
        }
    }

    /// <summary>The PVCs the pod names that the view lacks (ephemeral PVCs not made yet are pending, not missing).</summary>
    public static IReadOnlyList<string> MissingClaims(IReadOnlyList<ClassifiedVolume> classified) =>
        [.. classified.Where(v => v.State == ClaimState.Missing).Select(v => v.ClaimName!)];

    private static IReadOnlyList<string> MissingVolumes(
        IReadOnlyList<ClassifiedVolume> classified, IReadOnlyList<PersistentVolumeClaim> found, StorageObjects objects) =>
        [.. classified.Where(v => v.State == ClaimState.Bound && v.BoundVolume is null).Select(v => v.BoundVolumeName!)
            .Concat(found.Where(c => c.Status?.Phase != "Pending").Select(c => c.Spec.VolumeName).OfType<string>()
                .Where(name => name.Length > 0 && objects.Volumes.Get(null, name) is null))
            .Distinct(StringComparer.Ordinal)];

    private async Task<(IReadOnlyList<T> Found, KubeApiError? Error)> ReadAllAsync<T>(
        KubeResource<T> resource, string? @namespace, IReadOnlyList<string> names, CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        if (names.Count == 0)
        {
            return ([], null);
        }

        var reads = new KubeResult<T>[names.Count];
        var bound = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxPerRequest, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, names.Count, bound, async (i, token) =>
        {
            await processSlots.WaitAsync(token);
            try
            {
                reads[i] = await api.GetAsync(resource, @namespace, names[i], token);
            }
            finally
            {
                processSlots.Release();
            }
        });
        var found = new List<T>(reads.Length);
        for (var i = 0; i < reads.Length; i++)
        {
            if (reads[i] is { Error: { IsNotFound: false } error })
            {
                return ([], error);
            }

            logger.ReadFromApiOnCacheMiss(resource.Plural, @namespace, names[i], reads[i].IsSuccess);
            if (reads[i].Value is { } item)
            {
                found.Add(item);
            }
        }

        return (found, null);
    }

    public void Dispose() => processSlots.Dispose();
}
