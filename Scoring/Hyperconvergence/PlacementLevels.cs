using Stork.Scoring.Placement;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>The label values of <see cref="PlacementLevel"/> and <see cref="PodPlacement"/> in metrics and messages.</summary>
internal static class PlacementLevels
{
    public static readonly PlacementLevel[] All = Enum.GetValues<PlacementLevel>();

    public static readonly PodPlacement[] Placements = Enum.GetValues<PodPlacement>();

    public static string Label(PlacementLevel level) => level switch
    {
        PlacementLevel.Replica => "replica",
        PlacementLevel.Rack => "rack",
        PlacementLevel.Zone => "zone",
        PlacementLevel.Region => "region",
        _ => "none",
    };

    public static string Label(PodPlacement placement) => placement switch
    {
        PodPlacement.Hyperconverged => "hyperconverged",
        PodPlacement.Partial => "partial",
        PodPlacement.Remote => "remote",
        _ => "unknown",
    };
}
