namespace Stork.Scoring.Placement;

/// <summary>The answers when deciding could not finish: an unexpected error while gathering or deciding
/// (<see cref="InternalError"/>) or lookups past the request's deadline (<see cref="DeadlineExceeded"/>). As if no
/// volume constrained the pod, rather than failing the scheduling attempt.</summary>
internal static class FailurePaths
{
    /// <summary>Why deciding failed, in the filter's and in prioritize's words.</summary>
    public sealed record Cause(string FilterReason, string ScoreReason);

    public static readonly Cause InternalError = new(FilterReasons.InternalError, ScoreReasons.InternalError);

    /// <summary>The request's lookups did not finish within <paramref name="deadline"/>: answered like an
    /// unreadable claim.</summary>
    public static Cause DeadlineExceeded(TimeSpan deadline)
    {
        var message = $"lookups passed the request deadline of {deadline.TotalSeconds:0.###} s";
        return new(FilterReasons.LookupFailed(message), ScoreReasons.LookupFailed(message));
    }

    /// <summary>Every candidate passes.</summary>
    public static FilterResult Filter(IReadOnlyList<string> candidates, Cause cause) =>
        new(FilterOutcome.DriverUnavailable, [.. candidates], new Dictionary<string, string>(), cause.FilterReason);

    /// <summary>Every candidate scores the default (Stork 5, normalized 0).</summary>
    public static PrioritizeResult Prioritize(IReadOnlyList<string> candidates, ScoreScale scale, Cause cause)
    {
        var score = scale == ScoreScale.Stork ? ScoreTable.StorkDefault : 0;
        return new([.. candidates.Select(name => new NodeScore(name, score, []))], [], [], cause.ScoreReason);
    }
}
