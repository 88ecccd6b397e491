using System.Diagnostics;

namespace Stork.Scoring.Placement;

/// <summary>The extender's prioritize rules (Stork parity), as a pure function.
/// <para>Every node scores the default (Stork 5, normalized 0) when the pod disables hyperconvergence,
/// has no driver volumes, the volumes or storage nodes are unavailable, or the filter rejects the pod
/// (missing PVC, restore in progress, Pending immediate-binding PVC); likewise when no volume is left to
/// score. Scored volumes are placed ones without <c>skipSchedulerScoring</c> or <c>winshare</c>; those
/// that are anti-hyperconvergence and prefer remote nodes are set aside. Once one of them is set aside,
/// every placed remote-preferring volume but <c>skipSchedulerScoring</c> ones (Windows shares included,
/// as in Stork) marks its replica holders down.</para>
/// <para><b>Stork scale.</b> A node matched to an Online or StorageDown storage node adds, per scored
/// volume, <see cref="ScoreTable"/> points for the level <see cref="ReplicaSites.LevelFor"/> gives.
/// With volumes set aside, a node holding one of their replicas scores exactly 5; any other node on an
/// Online storage node adds 100. A node whose total is 0 scores 5; a node matched to no storage node
/// scores 0.</para>
/// <para><b>Normalized scale</b> (0..10, the extender API's range). Components, in tenths of a point:
/// one per scored volume (<see cref="ScoreTable"/>: 10, 6, 3, 1, 0; StorageDown 3, 3, 1.5, 0.5) plus,
/// when volumes were set aside, one worth 10 for a node on an Online storage node holding none of their
/// replicas (0 otherwise). Score = round-half-up(sum of tenths / (10 × components)), i.e.
/// <c>(2 × sum + 10 × n) / (20 × n)</c> in integers; a holder of a set-aside volume's replica, a node
/// with score 0 and an unmatched node all score 0. kube-scheduler adds
/// <c>score × weight × 10</c> (MaxNodeScore 100 / MaxExtenderPriority 10) to a node's total, so at
/// weight 1 a fully local node weighs like a plugin's best score.</para></summary>
internal static class PlacementScorer
{
    public static PrioritizeResult Prioritize(PlacementRequest request, ScoreScale scale, bool explain)
    {
        var reason = ShortCircuit(request);
        if (reason is not null)
        {
            return Uniform(request.Candidates, scale, reason, explain);
        }

        var volumes = ((VolumeLookup.Ready)request.Volumes).Volumes;
        var scored = volumes.Where(v => Scorable(v) && !v.PrefersRemote).ToArray();
        var antiHyperconvergence = volumes.Any(v => Scorable(v) && v.PrefersRemote);
        if (scored.Length == 0 && !antiHyperconvergence)
        {
            return Uniform(request.Candidates, scale, ScoreReasons.NothingToScore, explain);
        }

        // As Stork: a Windows share never turns the anti mode on, but once on, only skipSchedulerScoring
        // keeps a remote-preferring volume's replicas out of the set its holders are marked down for.
        var remote = antiHyperconvergence ? volumes.Where(v => v.PrefersRemote && v.IsPlaced && !v.Flags.SkipScoring).ToArray() : [];
        return new ScoringPass(request.Storage.Value!, scored, remote, scale, explain).Run(request);
    }

    private static bool Scorable(PodVolume volume) =>
        volume.IsPlaced && !volume.Flags.SkipScoring && !volume.Flags.Windows;

    private static string? ShortCircuit(PlacementRequest request)
    {
        if (request.Options.DisableHyperconvergence)
        {
            return ScoreReasons.HyperconvergenceDisabled;
        }

        return request.Volumes switch
        {
            VolumeLookup.MissingClaim missing => ScoreReasons.Rejected(FilterReasons.MissingClaim(missing.Claim)),
            VolumeLookup.RestoreInProgress restore => ScoreReasons.Rejected(FilterReasons.RestoreInProgress(restore.Claim)),
            VolumeLookup.PendingClaim pending => ScoreReasons.Rejected(FilterReasons.Pending(pending.Claim)),
            VolumeLookup.LookupFailed failed => ScoreReasons.LookupFailed(failed.Message),
            VolumeLookup.Ready { Volumes.Count: 0 } => ScoreReasons.NoDriverVolumes,
            VolumeLookup.Ready when !request.Storage.IsSuccess => ScoreReasons.DriverError(request.Storage.Error!),
            VolumeLookup.Ready => null,
            _ => throw new UnreachableException(),
        };
    }

    private static PrioritizeResult Uniform(
        IReadOnlyList<KubeNodeInfo> candidates,
        ScoreScale scale,
        string reason,
        bool explain)
    {
        var score = scale == ScoreScale.Stork ? ScoreTable.StorkDefault : 0;
        IReadOnlyList<string> reasons = explain ? [reason] : [];
        var scores = new PooledList<NodeScore>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            scores.Add(new(candidates[i].Name, score, reasons));
        }

        return new(scores, [], [], reason);
    }
}
