using Stork.Shared.Annotations;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Classification;

/// <summary>The one answer to "which of this pod's volumes are the driver's, and where do their claims
/// stand", a pure function of the pod, the storage objects and the driver's ownership rules. The webhook
/// mutates when any volume is the driver's; the extender places the pod by the same volumes.</summary>
internal static class VolumeClassifier
{
    private const string WaitForFirstConsumer = "WaitForFirstConsumer";

    /// <summary>The pod's claim, ephemeral, inline CSI and <c>portworxVolume</c> volumes in pod order (other
    /// sources cannot reach a driver and are left out; a PVC mounted twice is listed once).</summary>
    /// <param name="namespace">The pod's namespace (its claims live there).</param>
    public static IReadOnlyList<ClassifiedVolume> Classify(
        Pod pod, string? @namespace, StorageObjects objects, VolumeOwnership ownership)
    {
        var classified = new List<ClassifiedVolume>();
        foreach (var volume in pod.Spec.Volumes ?? [])
        {
            var entry = volume switch
            {
                { PersistentVolumeClaim.ClaimName: { Length: > 0 } name } =>
                    Claim(volume.Name, PodVolumeKind.Claim, @namespace, name, objects, ownership),
                { Ephemeral.VolumeClaimTemplate: { } template } => Ephemeral(pod, volume.Name, @namespace, template, objects, ownership),
                { Csi: { } csi } => new ClassifiedVolume(
                    volume.Name, PodVolumeKind.InlineCsi, ownership.OwnsInlineVolume(volume), ClaimState.NotAClaim,
                    $"inline CSI volume {volume.Name}", $"inline CSI volume of driver {csi.Driver}"),
                { PortworxVolume: { } portworx } => new ClassifiedVolume(
                    volume.Name, PodVolumeKind.PortworxVolume, ownership.OwnsInlineVolume(volume), ClaimState.NotAClaim,
                    $"portworxVolume {portworx.VolumeId}", "in-tree portworxVolume", BoundVolumeName: portworx.VolumeId),
                _ => null,
            };
            if (entry is not null && (entry.ClaimName is null || !Lists(classified, entry.ClaimName)))
            {
                classified.Add(entry);
            }
        }

        return classified;
    }

    /// <summary>Whether a claim is listed already. A pod has a handful of volumes, so a scan beats a set; even a pod
    /// naming 2,000 claims is scanned in milliseconds.</summary>
    private static bool Lists(List<ClassifiedVolume> classified, string claimName)
    {
        foreach (var volume in classified)
        {
            if (volume.ClaimName == claimName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A PVC the pod names: the driver's when its class, its provisioner annotations or its PV say so.</summary>
    private static ClassifiedVolume Claim(
        string volumeName, PodVolumeKind kind, string? @namespace, string claimName, StorageObjects objects, VolumeOwnership ownership)
    {
        var key = $"{@namespace}/{claimName}";
        var display = "PVC " + key;
        if (objects.Claims.Get(@namespace, claimName) is not { } claim)
        {
            return new(volumeName, kind, false, ClaimState.Missing, display, display, claimName, key);
        }

        var storageClass = objects.StorageClass(claim.Spec.StorageClassName);
        var boundName = claim.Status?.Phase != "Pending" && claim.Spec.VolumeName is { Length: > 0 } name ? name : null;
        var volume = boundName is null ? null : objects.Volumes.Get(null, boundName);
        var state = GoBool.Parse(claim.Metadata.Annotation(AnnotationKeys.RestoreInProgress)) == true ? ClaimState.RestoreInProgress
            : boundName is not null ? ClaimState.Bound
            : Pending([storageClass]);
        return new(volumeName, kind, ownership.OwnsClaim(claim, storageClass, volume), state, display, display, claimName, key, claim, storageClass, boundName, volume);
    }

    /// <summary>A generic ephemeral volume: its PVC once the ephemeral controller made it, else its
    /// template, pending. A template naming no class gets the default class; when several classes claim
    /// to be the default every one must be the driver's. An empty class name means "no class" (static
    /// binding): never the driver's.</summary>
    private static ClassifiedVolume Ephemeral(
        Pod pod, string volumeName, string? @namespace, PersistentVolumeClaimTemplate template, StorageObjects objects, VolumeOwnership ownership)
    {
        var claimName = pod.Metadata.Name is { Length: > 0 } podName ? $"{podName}-{volumeName}" : null;
        if (claimName is not null && objects.Claims.Get(@namespace, claimName) is not null)
        {
            return Claim(volumeName, PodVolumeKind.GenericEphemeral, @namespace, claimName, objects, ownership);
        }

        var display = $"PVC {@namespace}/{claimName ?? pod.Metadata.GenerateName + "<generated>-" + volumeName} (ephemeral, not created yet)";
        var className = template.Spec.StorageClassName;
        if (className is not null)
        {
            var named = objects.StorageClass(className);
            return new(
                volumeName, PodVolumeKind.GenericEphemeral, ownership.OwnsProvisioner(named?.Provisioner), Pending([named]),
                display, $"ephemeral volume of StorageClass {className}", claimName, Key(@namespace, claimName), StorageClass: named);
        }

        var defaults = objects.DefaultClasses();
        var owned = defaults.Count > 0 && defaults.All(c => ownership.OwnsProvisioner(c.Provisioner));
        var source = defaults.Count > 0 ? $"ephemeral volume of the default StorageClass {defaults[0].Metadata.Name}" : "ephemeral volume of no StorageClass";
        return new(volumeName, PodVolumeKind.GenericEphemeral, owned, Pending(defaults), display, source, claimName, Key(@namespace, claimName), StorageClass: defaults.Count > 0 ? defaults[0] : null);
    }

    private static string? Key(string? @namespace, string? claimName) => claimName is null ? null : $"{@namespace}/{claimName}";

    /// <summary>WaitForFirstConsumer when every class the claim may get binds that way, else Immediate.</summary>
    private static ClaimState Pending(IReadOnlyList<StorageClass?> classes) =>
        classes.Count > 0 && classes.All(c => c?.VolumeBindingMode == WaitForFirstConsumer)
            ? ClaimState.PendingWaitForFirstConsumer
            : ClaimState.PendingImmediate;
}
