using System.Diagnostics;

namespace Stork.Scoring.Placement;

/// <summary>The extender's filter rules (Stork parity), as a pure function. "Cannot be scheduled" is a
/// value: no passing node and every candidate in the failed map with a reason.</summary>
internal static class PlacementFilter
{
    /// <summary>Applies, in order: a missing PVC, a restore in progress or a Pending immediate-binding
    /// driver PVC rejects the pod (<see cref="ClaimRules"/>); a failed claim lookup or a pod without driver
    /// volumes passes every node;
    /// nodes annotated unschedulable for storage are dropped; unavailable storage nodes or a Windows
    /// volume pass the rest; a placed volume with no replica on an Online node rejects the pod; then
    /// <see cref="StorageNodeRules"/> keeps the nodes matched to a usable storage node that satisfy
    /// preferLocalNodeOnly and preferRemoteNodeOnly.</summary>
    public static FilterResult Filter(PlacementRequest request) => request.Volumes switch
    {
        VolumeLookup.MissingClaim missing => Reject(request.Candidates, FilterReasons.MissingClaim(missing.Claim)),
        VolumeLookup.RestoreInProgress restore => Reject(request.Candidates, FilterReasons.RestoreInProgress(restore.Claim)),
        VolumeLookup.PendingClaim pending => Reject(request.Candidates, FilterReasons.Pending(pending.Claim)),
        VolumeLookup.LookupFailed failed => PassAll(
            request.Candidates, FilterOutcome.DriverUnavailable, FilterReasons.LookupFailed(failed.Message)),
        VolumeLookup.Ready { Volumes.Count: 0 } => PassAll(
            request.Candidates, FilterOutcome.NoDriverVolumes, FilterReasons.NoDriverVolumes),
        VolumeLookup.Ready ready => FilterDriverPod(request, ready.Volumes),
        _ => throw new UnreachableException(),
    };

    private static FilterResult FilterDriverPod(PlacementRequest request, IReadOnlyList<PodVolume> volumes)
    {
        var candidates = request.Candidates;
        if (!request.Storage.IsSuccess)
        {
            return Pass(candidates, FilterOutcome.DriverUnavailable, FilterReasons.StorageNodesUnavailable(request.Storage.Error!));
        }

        var windows = volumes.FirstOrDefault(v => v.Flags.Windows);
        if (windows is not null)
        {
            return Pass(candidates, FilterOutcome.WindowsVolume, FilterReasons.Windows(windows));
        }

        var topology = request.Storage.Value!;
        var sites = new ReplicaSites[volumes.Count];
        for (var i = 0; i < sites.Length; i++)
        {
            sites[i] = ReplicaSites.Of(volumes[i], topology);
            if (volumes[i].IsPlaced && !sites[i].AnyOnline)
            {
                return Reject(candidates, FilterReasons.NoOnlineReplica(volumes[i], sites[i]));
            }
        }

        return new StorageNodeRules(request.Options.PreferLocalNodeOnly, volumes, sites, topology).Apply(request);
    }

    private static FilterResult PassAll(IReadOnlyList<KubeNodeInfo> candidates, FilterOutcome outcome, string reason)
    {
        var passed = new PooledList<string>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            passed.Add(candidates[i].Name);
        }

        return new(outcome, passed, new Dictionary<string, string>(), reason);
    }

    /// <summary>Every candidate passes but those annotated unschedulable for storage, which fail for that.</summary>
    private static FilterResult Pass(IReadOnlyList<KubeNodeInfo> candidates, FilterOutcome outcome, string reason)
    {
        var passed = new PooledList<string>(candidates.Count);
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in ListSpans.Of(candidates))
        {
            if (node.StorageUnschedulable)
            {
                failed[node.Name] = FilterReasons.Unschedulable;
            }
            else
            {
                passed.Add(node.Name);
            }
        }

        return new(outcome, passed, failed, reason);
    }

    private static FilterResult Reject(IReadOnlyList<KubeNodeInfo> candidates, string reason)
    {
        var failed = new Dictionary<string, string>(candidates.Count, StringComparer.Ordinal);
        foreach (var node in candidates)
        {
            failed[node.Name] = reason;
        }

        return new(FilterOutcome.CannotSchedule, [], failed, reason);
    }
}
