using Stork.Shared.Annotations;

namespace Stork.Scoring.Placement;

/// <summary>A storage node's place in the failure-domain tree, as qualified keys exactly as Stork builds
/// them: <c>Zone = Region + "-" + zone</c> when a region is set (else the bare zone) and
/// <c>Rack = Zone + "-" + rack</c> when the zone key is set (else the bare rack). So <c>rack1</c> in zone
/// a and in zone b differ, and (Stork's quirk) a region without a zone still yields a zone key
/// <c>"region-"</c>. Empty means unknown.</summary>
internal readonly record struct NodeLocality(string Rack, string Zone, string Region)
{
    public static readonly NodeLocality Unknown = new("", "", "");

    public static NodeLocality Qualify(string rack, string zone, string region)
    {
        var zoneKey = region.Length > 0 ? region + "-" + zone : zone;
        var rackKey = zoneKey.Length > 0 ? zoneKey + "-" + rack : rack;
        return new(rackKey, zoneKey, region);
    }

    /// <summary>Reads rack (<paramref name="rackLabel"/>), zone and region (topology labels, falling back to
    /// the legacy failure-domain labels) from a Kubernetes node's labels.</summary>
    public static NodeLocality FromLabels(IReadOnlyDictionary<string, string> labels, string rackLabel) =>
        Qualify(
            Value(labels, rackLabel),
            Value(labels, AnnotationKeys.Zone, AnnotationKeys.LegacyZone),
            Value(labels, AnnotationKeys.Region, AnnotationKeys.LegacyRegion));

    private static string Value(IReadOnlyDictionary<string, string> labels, string key, string? fallbackKey = null)
    {
        if (labels.TryGetValue(key, out var value) && value is { Length: > 0 })
        {
            return value;
        }

        return fallbackKey is not null && labels.TryGetValue(fallbackKey, out var legacy) ? legacy ?? "" : "";
    }
}
