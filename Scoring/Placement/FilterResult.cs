namespace Stork.Scoring.Placement;

/// <summary>The filter's verdict: HTTP 200 in every case, the edge maps it onto ExtenderFilterResult.</summary>
/// <param name="Outcome">Which rule decided.</param>
/// <param name="Passed">Names of passing candidates, in request order.</param>
/// <param name="Failed">Each failing candidate and a reason users read in <c>kubectl describe</c>.</param>
/// <param name="Reason">One sentence for the whole answer (Stork's message where Stork has one, naming
/// the volume, its replica nodes and their states); the FailedScheduling event text when
/// <see cref="FilterOutcome.CannotSchedule"/>.</param>
/// <remarks>The rules' <paramref name="Passed"/> list is pooled: disposing hands it back, once the answer is written.</remarks>
internal sealed record FilterResult(
    FilterOutcome Outcome,
    IReadOnlyList<string> Passed,
    IReadOnlyDictionary<string, string> Failed,
    string Reason) : IDisposable
{
    public void Dispose() => (Passed as IDisposable)?.Dispose();
}
