namespace Stork.Scoring.Placement;

/// <summary><c>--score-scale</c>: Stork's 0..100+ points, or the extender API's documented 0..10.</summary>
internal enum ScoreScale
{
    Stork,
    Normalized,
}
