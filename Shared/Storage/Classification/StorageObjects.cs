using Stork.Shared.Annotations;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Classification;

/// <summary>The read-only view of the cluster's storage objects a classification reads: immutable cache
/// snapshots, plus objects read from the API on a cache miss. An object absent here does not exist.</summary>
internal sealed record StorageObjects(
    CacheSnapshot<PersistentVolumeClaim> Claims,
    CacheSnapshot<PersistentVolume> Volumes,
    CacheSnapshot<StorageClass> StorageClasses)
{
    /// <summary>The classes annotated as the default. The API server gives a claim naming no class the
    /// newest of them, which a cache cannot tell, so callers consider them all.</summary>
    public IReadOnlyList<StorageClass> DefaultClasses() =>
        [.. StorageClasses.Items.Where(c =>
            c.Metadata.Annotation(AnnotationKeys.DefaultStorageClass) == "true"
            || c.Metadata.Annotation(AnnotationKeys.BetaDefaultStorageClass) == "true")];

    public StorageClass? StorageClass(string? name) =>
        string.IsNullOrEmpty(name) ? null : StorageClasses.Get(null, name);

    /// <summary>This view with <paramref name="claims"/> and <paramref name="volumes"/> added.</summary>
    public StorageObjects With(IEnumerable<PersistentVolumeClaim> claims, IEnumerable<PersistentVolume> volumes) => this with
    {
        Claims = claims.Aggregate(Claims, static (snapshot, claim) => snapshot.Upsert(claim)),
        Volumes = volumes.Aggregate(Volumes, static (snapshot, volume) => snapshot.Upsert(volume)),
    };
}
