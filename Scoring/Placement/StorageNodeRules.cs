using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>The per-node part of the filter: a node annotated unschedulable for storage fails for that; any other passes
/// when it is matched to an Online or StorageDown storage node that holds a replica of every hyperconverged volume (only with the pod's
/// preferLocalNodeOnly) and no replica of a volume that prefers remote nodes only. A usable storage node holding
/// no replica fails on the first volume that needs a local replica, or passes: that is found once, not per node.</summary>
internal sealed class StorageNodeRules(
    bool preferLocalOnly,
    IReadOnlyList<PodVolume> volumes,
    ReplicaSites[] sites,
    StorageTopology topology)
{
    private readonly string?[] _reasons = new string?[volumes.Count];
    private readonly int[] _holders = [.. sites.SelectMany(s => s.StorageIndices)];
    private int? _firstNeedingLocal;

    public FilterResult Apply(PlacementRequest request)
    {
        var candidates = new CandidateReader(topology, request.Candidates);
        var passed = new PooledList<string>(candidates.Count);
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var reason = candidate.StorageUnschedulable ? FilterReasons.Unschedulable : Verdict(candidate.StorageIndex);
            if (reason is null)
            {
                passed.Add(candidate.Name);
            }
            else
            {
                failed[candidate.Name] = reason;
            }
        }

        if (passed.Count > 0)
        {
            return new(FilterOutcome.Filtered, passed, failed, FilterReasons.Filtered);
        }

        passed.Dispose();
        return new(FilterOutcome.CannotSchedule, [], failed, NoNodeLeft());
    }

    /// <summary>Null when the node passes, else why not.</summary>
    private string? Verdict(int storageIndex)
    {
        if (storageIndex < 0)
        {
            return FilterReasons.NotStorageNode;
        }

        var state = topology.StateOf(storageIndex);
        if (state is not (StorageNodeStatus.Online or StorageNodeStatus.StorageDown))
        {
            return FilterReasons.StorageNodeState(state);
        }

        if (!_holders.AsSpan().Contains(storageIndex))
        {
            var first = _firstNeedingLocal ??= FirstNeedingLocal();
            return first < 0 ? null : _reasons[first] ??= FilterReasons.NoLocalReplica(volumes[first], sites[first]);
        }

        for (var i = 0; i < sites.Length; i++)
        {
            if (preferLocalOnly && NeedsLocalReplica(i) && !sites[i].Holds(storageIndex))
            {
                return _reasons[i] ??= FilterReasons.NoLocalReplica(volumes[i], sites[i]);
            }

            if (volumes[i].RemoteOnly && sites[i].Holds(storageIndex))
            {
                return _reasons[i] ??= FilterReasons.HoldsRemoteOnlyReplica(volumes[i], sites[i]);
            }
        }

        return null;
    }

    /// <summary>The first volume a node holding no replica fails for, or -1.</summary>
    private int FirstNeedingLocal()
    {
        for (var i = 0; i < sites.Length; i++)
        {
            if (preferLocalOnly && NeedsLocalReplica(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>preferLocalNodeOnly ignores anti-hyperconvergence volumes and volumes not placed yet.</summary>
    private bool NeedsLocalReplica(int volume) => !volumes[volume].AntiHyperconvergence && volumes[volume].IsPlaced;

    private string NoNodeLeft()
    {
        var remoteOnly = false;
        var culprits = new List<string>();
        for (var i = 0; i < sites.Length; i++)
        {
            var isRemoteOnly = volumes[i].RemoteOnly && sites[i].AnyKnown;
            remoteOnly |= isRemoteOnly;
            if (isRemoteOnly || (preferLocalOnly && NeedsLocalReplica(i)))
            {
                culprits.Add(FilterReasons.Volume(volumes[i], sites[i]));
            }
        }

        return FilterReasons.NoNodeLeft(preferLocalOnly, remoteOnly, culprits);
    }
}
