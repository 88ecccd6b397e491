using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>The secondary indexes the services need.</summary>
public static class KubeIndexes
{
    /// <summary>PersistentVolume by the claim it is bound to (<c>namespace/name</c> of spec.claimRef).</summary>
    public static readonly CacheIndex<PersistentVolume> VolumeByClaim = new(
        "volume-by-claim",
        pv => pv.Spec.ClaimRef is { Name: { Length: > 0 } name } claim ? CacheSnapshot<PersistentVolume>.KeyOf(claim.Namespace, name) : null);

    /// <summary>PersistentVolumeClaims by namespace.</summary>
    public static readonly CacheIndex<PersistentVolumeClaim> ClaimsByNamespace = new(
        "claims-by-namespace", pvc => pvc.Metadata.Namespace);
}
