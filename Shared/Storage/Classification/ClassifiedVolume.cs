using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Classification;

/// <summary>One pod volume as <see cref="VolumeClassifier"/> sees it.</summary>
/// <param name="Name">The pod volume's name.</param>
/// <param name="Kind">Its source.</param>
/// <param name="DriverOwned">It reaches the storage driver.</param>
/// <param name="State">Its claim's state (<see cref="ClaimState.NotAClaim"/> for inline kinds).</param>
/// <param name="Display">What users recognise, e.g. <c>PVC default/data</c> or <c>inline CSI volume scratch</c>.</param>
/// <param name="Source">Why it is (or is not) the driver's, e.g. <c>PVC default/data</c>,
/// <c>ephemeral volume of StorageClass px</c>, <c>inline CSI volume of driver pxd.portworx.com</c>.</param>
/// <param name="ClaimName">The PVC's name (null for inline kinds, and for an ephemeral volume of a pod not named yet).</param>
/// <param name="ClaimKey">The PVC as <c>namespace/name</c> (null when <paramref name="ClaimName"/> is).</param>
/// <param name="Claim">The PVC, when it exists.</param>
/// <param name="StorageClass">The PVC's class, or the ephemeral template's (the default class when it names none).</param>
/// <param name="BoundVolumeName">The PV a bound claim names, or the <c>portworxVolume</c> volume ID.</param>
/// <param name="BoundVolume">That PV, when known.</param>
internal sealed record ClassifiedVolume(
    string Name,
    PodVolumeKind Kind,
    bool DriverOwned,
    ClaimState State,
    string Display,
    string Source,
    string? ClaimName = null,
    string? ClaimKey = null,
    PersistentVolumeClaim? Claim = null,
    StorageClass? StorageClass = null,
    string? BoundVolumeName = null,
    PersistentVolume? BoundVolume = null)
{
    /// <summary>A claim or ephemeral volume (judged by a PVC or its template), not an inline source.</summary>
    public bool IsClaim => Kind is PodVolumeKind.Claim or PodVolumeKind.GenericEphemeral;
}
