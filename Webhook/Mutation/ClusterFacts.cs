using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Webhook.Mutation;

/// <summary>The cluster state the decision reads: immutable cache snapshots (plus claims read from the
/// API on a cache miss). A claim absent from <see cref="Claims"/> does not exist.</summary>
/// <param name="Namespace">The pod's namespace, when known.</param>
internal sealed record ClusterFacts(
    Namespace? Namespace,
    CacheSnapshot<PersistentVolumeClaim> Claims,
    CacheSnapshot<PersistentVolume> Volumes,
    CacheSnapshot<StorageClass> StorageClasses)
{
    /// <summary>The names of the pod's claims in <paramref name="namespace"/> that are not in <see cref="Claims"/>.</summary>
    public IReadOnlyList<string> MissingClaims(Pod pod, string? @namespace) =>
        (pod.Spec.Volumes ?? [])
            .Select(v => v.PersistentVolumeClaim?.ClaimName)
            .OfType<string>()
            .Where(name => name.Length > 0 && Claims.Get(@namespace, name) is null)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>These facts with <paramref name="found"/> claims added (read from the API).</summary>
    public ClusterFacts WithClaims(IEnumerable<PersistentVolumeClaim> found) =>
        this with { Claims = found.Aggregate(Claims, static (snapshot, claim) => snapshot.Upsert(claim)) };
}
