namespace Stork.Scoring.Placement;

/// <summary>How close a node is to a volume's replicas, worst to best (the metric's label values).</summary>
internal enum PlacementLevel
{
    None,
    Region,
    Zone,
    Rack,
    Replica,
}
