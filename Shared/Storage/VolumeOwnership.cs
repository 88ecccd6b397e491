using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage;

/// <summary>Pure rules deciding whether a claim, class or inline pod volume belongs to a driver.
/// Shared by the webhook (should this pod go to stork?) and the extender (which volumes score?).</summary>
/// <param name="Provisioners">Provisioner / CSI driver names of the driver.</param>
/// <param name="InTreePortworx">Whether in-tree <c>portworxVolume</c> sources belong to it (pxd).</param>
public sealed record VolumeOwnership(IReadOnlySet<string> Provisioners, bool InTreePortworx)
{
    public const string StorageProvisionerAnnotation = "volume.kubernetes.io/storage-provisioner";
    public const string BetaStorageProvisionerAnnotation = "volume.beta.kubernetes.io/storage-provisioner";
    public const string ProvisionedByAnnotation = "pv.kubernetes.io/provisioned-by";

    public bool OwnsProvisioner(string? provisioner) =>
        !string.IsNullOrEmpty(provisioner) && Provisioners.Contains(provisioner);

    /// <summary>A claim is the driver's when its class, its provisioner annotations or, once bound,
    /// its PV say so. Any one of them is enough.</summary>
    public bool OwnsClaim(PersistentVolumeClaim claim, StorageClass? storageClass, PersistentVolume? volume) =>
        OwnsProvisioner(storageClass?.Provisioner)
        || OwnsProvisioner(claim.Metadata.Annotation(StorageProvisionerAnnotation))
        || OwnsProvisioner(claim.Metadata.Annotation(BetaStorageProvisionerAnnotation))
        || (volume is not null && OwnsVolume(volume));

    public bool OwnsVolume(PersistentVolume volume) =>
        OwnsProvisioner(volume.Metadata.Annotation(ProvisionedByAnnotation))
        || OwnsProvisioner(volume.Spec.Csi?.Driver)
        || (InTreePortworx && volume.Spec.PortworxVolume is not null);

    /// <summary>Inline CSI volumes of the driver and, for Portworx, in-tree <c>portworxVolume</c>.</summary>
    public bool OwnsInlineVolume(Volume volume) =>
        OwnsProvisioner(volume.Csi?.Driver)
        || (InTreePortworx && volume.PortworxVolume is not null);
}
