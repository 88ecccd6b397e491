using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Webhook.Mutation;

namespace Stork.Webhook.Cluster;

/// <summary>Gathers <see cref="ClusterFacts"/>: one snapshot of each cache and, for claims the cache has
/// not seen yet (a StatefulSet creates a PVC a moment before its pod), one API read per claim.</summary>
internal sealed class ClusterFactsReader(
    IResourceCache<Namespace> namespaces,
    IResourceCache<PersistentVolumeClaim> claims,
    IResourceCache<PersistentVolume> volumes,
    IResourceCache<StorageClass> storageClasses,
    IKubeApi api,
    ILogger<ClusterFactsReader> logger)
{
    public ClusterFacts FromCaches(string? @namespace) => new(
        string.IsNullOrEmpty(@namespace) ? null : namespaces.Snapshot.Get(null, @namespace),
        claims.Snapshot,
        volumes.Snapshot,
        storageClasses.Snapshot);

    /// <summary>Reads the claims <paramref name="names"/> of <paramref name="namespace"/> from the API, all
    /// at once. Found claims are added to <paramref name="facts"/>; a 404 leaves a claim missing (it does
    /// not exist); any other error fails the whole read.</summary>
    public async Task<KubeResult<ClusterFacts>> ReadClaimsAsync(
        ClusterFacts facts, string @namespace, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var reads = await Task.WhenAll(names.Select(name => api.GetAsync(KubeResources.PersistentVolumeClaims, @namespace, name, cancellationToken)));
        var found = new List<PersistentVolumeClaim>(reads.Length);
        for (var i = 0; i < reads.Length; i++)
        {
            if (reads[i] is { Error: { IsNotFound: false } error })
            {
                return KubeResult<ClusterFacts>.Fail(error);
            }

            logger.ClaimReadFromApi(@namespace, names[i], reads[i].IsSuccess);
            if (reads[i].Value is { } claim)
            {
                found.Add(claim);
            }
        }

        return KubeResult<ClusterFacts>.Ok(facts.WithClaims(found));
    }
}
