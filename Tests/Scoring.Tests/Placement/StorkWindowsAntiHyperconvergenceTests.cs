using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using static Stork.Scoring.Tests.Placement.PlacementFixture;

namespace Stork.Scoring.Tests.Placement;

/// <summary>Stork's prioritize: a Windows (<c>winshare</c>) sharedv4 service volume never turns the anti mode
/// on, but once another volume does, its replicas join the set whose holders get the default score; only
/// <c>skipSchedulerScoring</c> keeps a volume out of that set.</summary>
internal sealed class StorkWindowsAntiHyperconvergenceTests
{
    private static readonly PodVolume Shared = Volume("shared", ["s1"], antiHyperconvergence: true);

    [Test]
    public void Prioritize_WindowsShareReplicaHolderWithAntiModeOn_ScoresDefaultAsStork()
    {
        var windows = Volume("win", ["s2"], true, AnnotationKeys.WindowsShare, "true");

        var result = PlacementScorer.Prioritize(Request(Shared, windows), ScoreScale.Stork, explain: false);

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 5, 5, 100, 0 }));
    }

    [Test]
    public void Prioritize_SkipScoringReplicaHolderWithAntiModeOn_KeepsTheBonus()
    {
        var skipped = Volume("skipped", ["s2"], true, AnnotationKeys.SkipSchedulerScoring, "true");

        var result = PlacementScorer.Prioritize(Request(Shared, skipped), ScoreScale.Stork, explain: false);

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 5, 100, 100, 0 }));
    }

    [Test]
    public void Prioritize_OnlyAWindowsSharedv4Volume_AntiModeStaysOffEveryNodeDefault()
    {
        var windows = Volume("win", ["s2"], true, AnnotationKeys.WindowsShare, "true");

        var result = PlacementScorer.Prioritize(Request(windows), ScoreScale.Stork, explain: false);

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(new long[] { 5, 5, 5, 5 }));
    }
}
