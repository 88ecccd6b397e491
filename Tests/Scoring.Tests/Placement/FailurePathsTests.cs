using Stork.Scoring.Placement;

namespace Stork.Scoring.Tests.Placement;

internal sealed class FailurePathsTests
{
    private static readonly string[] Candidates = ["n1", "n2", "n3"];

    [Test]
    public void Filter_DecidingFailed_EveryCandidatePassesNoneFails()
    {
        var result = FailurePaths.Filter(Candidates, FailurePaths.InternalError);

        Assert.That(result.Passed, Is.EqualTo(Candidates));
        Assert.That(result.Failed, Is.Empty);
        Assert.That(result.Outcome, Is.EqualTo(FilterOutcome.DriverUnavailable));
        Assert.That(result.Reason, Is.EqualTo(FilterReasons.InternalError));
    }

    [TestCase(ScoreScale.Stork, 5)]
    [TestCase(ScoreScale.Normalized, 0)]
    public void Prioritize_DecidingFailed_EveryCandidateScoresTheDefault(ScoreScale scale, long score)
    {
        var result = FailurePaths.Prioritize(Candidates, scale, FailurePaths.InternalError);

        Assert.That(result.Scores.Select(s => (s.Host, s.Score)), Is.EqualTo(Candidates.Select(n => (n, score))));
        Assert.That(result.Placements, Is.Empty);
        Assert.That(result.Summary, Is.EqualTo(ScoreReasons.InternalError));
    }

    [Test]
    public void DeadlineExceeded_AnsweredLikeAnUnreadableClaimNamingTheDeadline()
    {
        var cause = FailurePaths.DeadlineExceeded(TimeSpan.FromMilliseconds(1500));

        Assert.That(FailurePaths.Filter(Candidates, cause).Reason, Is.EqualTo(FilterReasons.LookupFailed("lookups passed the request deadline of 1.5 s")));
        Assert.That(FailurePaths.Prioritize(Candidates, ScoreScale.Stork, cause).Summary, Is.EqualTo(ScoreReasons.LookupFailed("lookups passed the request deadline of 1.5 s")));
    }
}
