using Stork.Scoring.Placement;
using Stork.Shared.Storage;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>Where a bound pod runs relative to its data, as a pure function over what the extender scores
/// with: the same <see cref="VolumeLookup"/>, <see cref="StorageTopology"/> and <see cref="ReplicaSites"/>.
/// <para>Scored volumes are the extender's: placed, without <c>skipSchedulerScoring</c> or <c>winshare</c>,
/// not remote-preferring. Each reaches the level <see cref="ReplicaSites.LevelFor"/> gives for the pod's
/// node: the locality of the storage node it matches, or of its own labels when it matches none.
/// Hyperconverged: every scored volume at <c>replica</c>; partial: some; remote: none. Unknown: the claims,
/// the driver's volumes or storage nodes could not be read, or a driver volume has no known replicas.
/// Null: nothing to rate (no driver volumes, or only unscored ones).</para></summary>
internal static class PlacementClassifier
{
    public static PlacementVerdict? Classify(
        VolumeLookup volumes, DriverResult<StorageTopology> storage, KubeNodeInfo node, string rackLabel)
    {
        if (volumes is not VolumeLookup.Ready ready)
        {
            return PlacementVerdict.Unreadable(Unreadable(volumes));
        }

        if (ready.Volumes.Count == 0)
        {
            return null;
        }

        if (!storage.IsSuccess)
        {
            return PlacementVerdict.Unreadable(storage.Error!);
        }

        var topology = storage.Value!;
        var scored = ready.Volumes.Where(v => v.IsPlaced && !v.Flags.SkipScoring && !v.Flags.Windows && !v.PrefersRemote).ToArray();
        if (scored.Length == 0)
        {
            return ready.Volumes.Any(v => !v.IsPlaced) ? PlacementVerdict.Unreadable("the driver knows no replica of the pod's volumes") : null;
        }

        var index = topology.Match(node);
        var locality = index >= 0 ? topology[index].Locality : NodeLocality.FromLabels(node.Labels, rackLabel);
        var reaches = new VolumeReach[scored.Length];
        for (var i = 0; i < scored.Length; i++)
        {
            var sites = ReplicaSites.Of(scored[i], topology);
            if (!sites.AnyKnown)
            {
                return PlacementVerdict.Unreadable($"no replica of {scored[i].DisplayName} is on a known storage node");
            }

            reaches[i] = new(scored[i].DisplayName, sites.LevelFor(locality, index >= 0 && sites.Holds(index)), sites.Describe());
        }

        var local = reaches.Count(r => r.Level == PlacementLevel.Replica);
        var placement = local == reaches.Length ? PodPlacement.Hyperconverged : local > 0 ? PodPlacement.Partial : PodPlacement.Remote;
        return new(placement, reaches);
    }

    private static string Unreadable(VolumeLookup volumes) => volumes switch
    {
        VolumeLookup.MissingClaim missing => FilterReasons.MissingClaim(missing.Claim),
        VolumeLookup.RestoreInProgress restore => FilterReasons.RestoreInProgress(restore.Claim),
        VolumeLookup.PendingClaim pending => FilterReasons.Pending(pending.Claim),
        VolumeLookup.LookupFailed failed => failed.Message,
        _ => "the pod's volumes could not be read",
    };
}
