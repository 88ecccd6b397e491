namespace Stork.Scoring.Placement;

/// <summary>A volume's labels as placement reads them: the driver's volume labels, overlaid by the
/// StorageClass parameters, overlaid by the PVC annotations (later sources win, as Stork lets PVC
/// annotations override the driver's labels).</summary>
internal static class VolumeLabels
{
    public static IReadOnlyDictionary<string, string> Merge(
        IReadOnlyDictionary<string, string>? driverLabels,
        IReadOnlyDictionary<string, string>? storageClassParameters,
        IReadOnlyDictionary<string, string>? claimAnnotations)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        Overlay(merged, driverLabels);
        Overlay(merged, storageClassParameters);
        Overlay(merged, claimAnnotations);
        return merged;
    }

    private static void Overlay(Dictionary<string, string> target, IReadOnlyDictionary<string, string>? source)
    {
        if (source is null)
        {
            return;
        }

        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }
}
