using System.Buffers;
using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>One prioritize computation over the candidates (see <see cref="PlacementScorer"/> for the
/// arithmetic). Also records, per scored volume, the best level any candidate reaches.
/// <para>A node on a storage node that holds no replica of any volume of the pass scores by its storage node's
/// locality and state alone, so that score (and its reasons) is computed once per (locality, state) and then read:
/// a cluster has a few hundred of those over thousands of nodes.</para></summary>
internal sealed class ScoringPass
{
    private const int States = 4;

    private readonly StorageTopology _topology;
    private readonly PodVolume[] _scored;
    private readonly ReplicaSites[] _sites;
    private readonly ReplicaSites[] _remoteSites;
    private readonly PlacementLevel[] _best;
    private readonly ScoreScale _scale;
    private readonly bool _explain;
    private readonly int[] _holders;

    public ScoringPass(StorageTopology topology, PodVolume[] scored, PodVolume[] remote, ScoreScale scale, bool explain)
    {
        _topology = topology;
        _scored = scored;
        _sites = Array.ConvertAll(scored, v => ReplicaSites.Of(v, topology));
        _remoteSites = Array.ConvertAll(remote, v => ReplicaSites.Of(v, topology));
        _best = new PlacementLevel[scored.Length];
        _scale = scale;
        _explain = explain;
        _holders = [.. _sites.Concat(_remoteSites).SelectMany(sites => sites.StorageIndices)];
    }

    private int Components => _scored.Length + (_remoteSites.Length > 0 ? 1 : 0);

    public PrioritizeResult Run(PlacementRequest request)
    {
        var candidates = new CandidateReader(_topology, request.Candidates);
        var scores = new PooledList<NodeScore>(candidates.Count);
        var known = ArrayPool<(bool Known, long Score, IReadOnlyList<string> Reasons)>.Shared.Rent(_topology.LocalityCount * States);
        Array.Clear(known, 0, _topology.LocalityCount * States);
        try
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                var candidate = candidates[i];
                var (score, reasons) = Score(candidate.StorageIndex, known);
                scores.Add(new(candidate.Name, score, reasons));
            }
        }
        finally
        {
            ArrayPool<(bool, long, IReadOnlyList<string>)>.Shared.Return(known, clearArray: true);
        }

        var placements = new VolumePlacement[_scored.Length];
        var nonOptimum = new List<NonOptimumVolume>();
        for (var v = 0; v < _scored.Length; v++)
        {
            placements[v] = new(_scored[v].DisplayName, _best[v]);
            if (_best[v] != PlacementLevel.Replica)
            {
                nonOptimum.Add(new(_scored[v].DisplayName, _sites[v].Describe()));
            }
        }

        return new(scores, placements, nonOptimum, ScoreReasons.Scored(_scored.Length, _remoteSites.Length));
    }

    /// <param name="known">Scores by (locality, state) of nodes holding no replica, filled as met.</param>
    private (long Score, IReadOnlyList<string> Reasons) Score(int index, (bool Known, long Score, IReadOnlyList<string> Reasons)[] known)
    {
        if (index < 0)
        {
            return (0, _explain ? [ScoreReasons.NotStorageNode] : []);
        }

        var state = (int)_topology.StateOf(index);
        if ((uint)state >= States || _holders.AsSpan().Contains(index))
        {
            return Score(index);
        }

        ref var memo = ref known[(_topology.LocalityId(index) * States) + state];
        if (!memo.Known)
        {
            var (score, reasons) = Score(index);
            memo = (true, score, reasons);
        }

        return (memo.Score, memo.Reasons);
    }

    private (long Score, IReadOnlyList<string> Reasons) Score(int index)
    {

        var node = _topology[index];
        var reasons = _explain ? new List<string>(_scored.Length + 2) : null;
        long points = node.IsUsable ? VolumePoints(index, node, reasons) : 0;
        if (_remoteSites.Length > 0)
        {
            if (HoldsRemoteReplica(index))
            {
                reasons?.Add(ScoreReasons.RemoteReplica(_scale));
                return (_scale == ScoreScale.Stork ? ScoreTable.StorkDefault : 0, (IReadOnlyList<string>?)reasons ?? []);
            }

            if (node.Node.Status == StorageNodeStatus.Online)
            {
                points += _scale == ScoreScale.Stork ? ScoreTable.StorkRemoteBonus : ScoreTable.NormalizedRemoteBonusTenths;
                reasons?.Add(ScoreReasons.RemoteBonus(_scale));
            }
        }

        // `[]` as IReadOnlyList is the shared empty array; as List<string> it would allocate one per node.
        return (Final(points, reasons), (IReadOnlyList<string>?)reasons ?? []);
    }

    private long VolumePoints(int index, LocatedStorageNode node, List<string>? reasons)
    {
        var storageDown = node.Node.Status == StorageNodeStatus.StorageDown;
        long total = 0;
        for (var v = 0; v < _sites.Length; v++)
        {
            var level = _sites[v].LevelFor(node.Locality, _sites[v].Holds(index));
            if (level > _best[v])
            {
                _best[v] = level;
            }

            var points = ScoreTable.Points(_scale, level, storageDown);
            total += points;
            reasons?.Add(ScoreReasons.Volume(_scored[v], level, storageDown, points, _scale));
        }

        return total;
    }

    private long Final(long points, List<string>? reasons)
    {
        var score = _scale == ScoreScale.Stork
            ? points
            : ((2 * points) + (10 * Components)) / (20 * Components);
        if (_scale == ScoreScale.Normalized)
        {
            reasons?.Add(ScoreReasons.Average(points, Components, score));
        }

        if (score == 0)
        {
            reasons?.Add(ScoreReasons.Default(_scale));
            return _scale == ScoreScale.Stork ? ScoreTable.StorkDefault : 0;
        }

        return score;
    }

    private bool HoldsRemoteReplica(int index)
    {
        foreach (var sites in _remoteSites)
        {
            if (sites.Holds(index))
            {
                return true;
            }
        }

        return false;
    }
}
