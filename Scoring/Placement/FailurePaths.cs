namespace Stork.Scoring.Placement;

/// <summary>The answers when deciding itself failed (an unexpected error while gathering or deciding):
/// as if no volume constrained the pod, rather than failing the scheduling attempt.</summary>
internal static class FailurePaths
{
    /// <summary>Every candidate passes.</summary>
    public static FilterResult Filter(IReadOnlyList<string> candidates) =>
        new(FilterOutcome.DriverUnavailable, [.. candidates], new Dictionary<string, string>(), FilterReasons.InternalError);

    /// <summary>Every candidate scores the default (Stork 5, normalized 0).</summary>
    public static PrioritizeResult Prioritize(IReadOnlyList<string> candidates, ScoreScale scale)
    {
        var score = scale == ScoreScale.Stork ? ScoreTable.StorkDefault : 0;
        return new([.. candidates.Select(name => new NodeScore(name, score, []))], [], [], ScoreReasons.InternalError);
    }
}
