using Stork.Shared.Annotations;
using Stork.Shared.Kube.Models;

namespace Stork.Webhook.Mutation;

/// <summary>Rule 6: does at least one volume of the pod reach the storage driver? Each volume kind is
/// judged by the shared <see cref="Stork.Shared.Storage.VolumeOwnership"/> rules.</summary>
internal static class DriverVolumes
{
    /// <summary>Why the first driver volume of <paramref name="pod"/> is one, or null when there is none.</summary>
    public static string? FindFirst(MutationPolicy policy, Pod pod, string? @namespace, ClusterFacts cluster)
    {
        foreach (var volume in pod.Spec.Volumes ?? [])
        {
            var reason = volume switch
            {
                { PersistentVolumeClaim: { } claim } => Claim(policy, claim.ClaimName, @namespace, cluster),
                { Ephemeral: { } ephemeral } => Ephemeral(policy, ephemeral, cluster),
                { Csi: { } csi } when policy.Ownership.OwnsInlineVolume(volume) => $"inline CSI volume of driver {csi.Driver}",
                { PortworxVolume: not null } when policy.Ownership.OwnsInlineVolume(volume) => "in-tree portworxVolume",
                _ => null,
            };
            if (reason is not null)
            {
                return $"volume {volume.Name}: {reason}";
            }
        }

        return null;
    }

    private static string? Claim(MutationPolicy policy, string claimName, string? @namespace, ClusterFacts cluster)
    {
        if (claimName.Length == 0 || cluster.Claims.Get(@namespace, claimName) is not { } claim)
        {
            return null;
        }

        var storageClass = claim.Spec.StorageClassName is { Length: > 0 } className ? cluster.StorageClasses.Get(null, className) : null;
        var volume = claim.Spec.VolumeName is { Length: > 0 } volumeName ? cluster.Volumes.Get(null, volumeName) : null;
        return policy.Ownership.OwnsClaim(claim, storageClass, volume)
            ? $"PVC {@namespace}/{claimName} belongs to the {policy.DriverName} driver"
            : null;
    }

    /// <summary>A generic ephemeral volume is the driver's when the StorageClass of its template is. A
    /// template naming no class gets the default class; when several classes claim to be the default,
    /// the API server picks the newest, which the cache cannot tell, so every default must be the driver's.
    /// An empty class name means "no class" (static binding): never the driver's.</summary>
    private static string? Ephemeral(MutationPolicy policy, EphemeralVolumeSource ephemeral, ClusterFacts cluster)
    {
        if (ephemeral.VolumeClaimTemplate is not { } template)
        {
            return null;
        }

        var className = template.Spec.StorageClassName;
        if (className is not null)
        {
            return className.Length > 0 && policy.Ownership.OwnsProvisioner(cluster.StorageClasses.Get(null, className)?.Provisioner)
                ? $"ephemeral volume of StorageClass {className} belongs to the {policy.DriverName} driver"
                : null;
        }

        var defaults = cluster.StorageClasses.Items.Where(IsDefault).ToList();
        return defaults.Count > 0 && defaults.TrueForAll(c => policy.Ownership.OwnsProvisioner(c.Provisioner))
            ? $"ephemeral volume of the default StorageClass {defaults[0].Metadata.Name} belongs to the {policy.DriverName} driver"
            : null;
    }

    private static bool IsDefault(StorageClass storageClass) =>
        storageClass.Metadata.Annotation(AnnotationKeys.DefaultStorageClass) == "true"
        || storageClass.Metadata.Annotation(AnnotationKeys.BetaDefaultStorageClass) == "true";
}
