namespace Stork.Scoring.Placement;

/// <summary>The best level any candidate node reaches for a scored volume (for placement metrics).</summary>
internal sealed record VolumePlacement(string Volume, PlacementLevel Level);
