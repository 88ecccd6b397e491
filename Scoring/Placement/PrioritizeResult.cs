namespace Stork.Scoring.Placement;

/// <summary>The prioritize answer: a score for every node of the request, in request order.</summary>
/// <param name="Scores">One per candidate.</param>
/// <param name="Placements">Per scored volume, the best level reached (empty when nothing was scored).</param>
/// <param name="NonOptimum">Scored volumes with no replica node among the candidates.</param>
/// <param name="Summary">Why every node scores alike when a rule short-circuited scoring, else how
/// many volumes were scored.</param>
/// <remarks>The rules' <paramref name="Scores"/> list is pooled: disposing hands it back, once the answer is written.</remarks>
internal sealed record PrioritizeResult(
    IReadOnlyList<NodeScore> Scores,
    IReadOnlyList<VolumePlacement> Placements,
    IReadOnlyList<NonOptimumVolume> NonOptimum,
    string Summary) : IDisposable
{
    public void Dispose() => (Scores as IDisposable)?.Dispose();
}
