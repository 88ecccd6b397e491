using Stork.Shared.Storage;
using Stork.Shared.Storage.Classification;

namespace Stork.Scoring.Placement;

/// <summary>One of the pod's driver volumes, with everything placement needs.</summary>
/// <param name="DisplayName">What users recognise, e.g. <c>PVC default/data</c>.</param>
/// <param name="VolumeId">The driver's volume id (empty when the driver has none to give).</param>
/// <param name="VolumeName">The driver's volume name (PV name or locator name).</param>
/// <param name="ReplicaNodeIds">Storage node ids holding a replica; empty while a WaitForFirstConsumer
/// claim or an inline volume is not provisioned yet, or when the driver does not know the volume.</param>
/// <param name="Labels">Merged labels (<see cref="VolumeLabels.Merge"/>).</param>
/// <param name="AntiHyperconvergence">Served remotely by design (Portworx sharedv4 service volume).</param>
internal sealed record PodVolume(
    string DisplayName,
    string VolumeId,
    string VolumeName,
    IReadOnlyList<string> ReplicaNodeIds,
    IReadOnlyDictionary<string, string> Labels,
    bool AntiHyperconvergence)
{
    public VolumeFlags Flags { get; } = VolumeFlags.Parse(Labels);

    /// <summary>Has replicas (a pending WaitForFirstConsumer volume has none yet).</summary>
    public bool IsPlaced => ReplicaNodeIds.Count > 0;

    /// <summary>An anti-hyperconvergence volume that wants the pod away from its replicas.</summary>
    public bool PrefersRemote => AntiHyperconvergence && Flags.PreferRemoteNode;

    /// <summary>An anti-hyperconvergence volume that forbids its replica nodes.</summary>
    public bool RemoteOnly => PrefersRemote && Flags.PreferRemoteNodeOnly;

    public static PodVolume From(
        string displayName,
        DriverVolume volume,
        IReadOnlyDictionary<string, string> mergedLabels) =>
        new(displayName, volume.Id, volume.Name, volume.ReplicaNodeIds, mergedLabels, volume.AntiHyperconvergence);

    /// <summary>A driver volume with the driver's answer for it (null when none was asked: pending or inline CSI).
    /// A volume the driver does not know, or whose call failed, is kept without replicas, as Stork's Portworx
    /// driver does: the pod stays on driver nodes while locality fails open.</summary>
    public static PodVolume Of(ClassifiedVolume volume, DriverResult<DriverVolume>? answer)
    {
        var driver = answer is { IsSuccess: true, Value: { } known } ? known : null;
        var labels = VolumeLabels.Merge(driver?.Labels, volume.StorageClass?.Parameters, volume.Claim?.Metadata.Annotations);
        return driver is not null
            ? From(volume.Display, driver, labels)
            : new(volume.Display, "", volume.BoundVolumeName ?? volume.ClaimName ?? volume.Name, [], labels, false);
    }
}
