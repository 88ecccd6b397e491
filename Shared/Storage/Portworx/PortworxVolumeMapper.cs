using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Portworx.Sdk;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Pure mapping between Kubernetes PVs, SDK volumes and <see cref="DriverVolume"/>.</summary>
internal static class PortworxVolumeMapper
{
    /// <summary>The Portworx volume id behind a PV: the CSI volume handle, else the in-tree
    /// <c>portworxVolume.volumeID</c>, else the PV name (Portworx also resolves volumes by name).</summary>
    public static string VolumeId(PersistentVolume volume) =>
        NonEmpty(volume.Spec.Csi?.VolumeHandle)
        ?? NonEmpty(volume.Spec.PortworxVolume?.VolumeId)
        ?? volume.Metadata.Name ?? "";

    public static DriverVolume ToDriverVolume(SdkVolume volume) => new(
        volume.Id,
        NonEmpty(volume.Locator?.Name) ?? volume.Id,
        ReplicaNodeIds(volume.ReplicaSets),
        Labels(volume),
        volume.Spec is { Sharedv4: true, Sharedv4ServiceSpec: not null });

    /// <summary>The union of all replica sets' nodes, first occurrence order, no duplicates.</summary>
    public static IReadOnlyList<string> ReplicaNodeIds(IReadOnlyList<SdkReplicaSet>? replicaSets) =>
        (replicaSets ?? [])
            .SelectMany(set => set.Nodes ?? [])
            .Where(node => node.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Spec labels (deprecated) overlaid by the locator's labels, the current home of
    /// volume labels.</summary>
    public static IReadOnlyDictionary<string, string> Labels(SdkVolume volume)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in volume.Spec?.VolumeLabels ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }

        foreach (var (key, value) in volume.Locator?.VolumeLabels ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }

        return labels;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
