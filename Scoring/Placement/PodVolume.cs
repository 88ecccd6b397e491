using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>One of the pod's driver volumes, with everything placement needs.</summary>
/// <param name="DisplayName">What users recognise, e.g. <c>PVC default/data</c>.</param>
/// <param name="VolumeId">The driver's volume id.</param>
/// <param name="VolumeName">The driver's volume name (PV name or locator name).</param>
/// <param name="ReplicaNodeIds">Storage node ids holding a replica; empty while a WaitForFirstConsumer
/// claim is not provisioned yet.</param>
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
}
