using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Stork.Scoring.Extender;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>The placement watcher's instruments on the service's meter. The gauges report the
/// <see cref="PlacementTally"/> only while this instance is the placement leader; no per-pod series.</summary>
internal sealed class PlacementMetrics
{
    private static readonly string[] CauseLabels = ["pod", "node", "claim", "refresh"];

    private readonly PlacementTally _tally;
    private readonly Counter<long> _atBind;
    private readonly Counter<long> _ratings;
    private readonly bool _byNamespace;
    private volatile bool _leading;

    public PlacementMetrics(IMeterFactory meterFactory, PlacementTally tally, IOptions<ScoringOptions> options)
    {
        _tally = tally;
        _byNamespace = options.Value.PlacementByNamespace;
        var meter = meterFactory.Create(ExtenderMetrics.MeterName);
        meter.CreateObservableGauge("stork_pods_by_placement", Pods,
            description: "Bound stork pods with driver volumes by placement (hyperconverged, partial, remote, unknown).");
        meter.CreateObservableGauge("stork_volumes_by_placement_level", Volumes,
            description: "Scored volumes of bound stork pods by the level the pod's node reaches (replica, rack, zone, region, none).");
        meter.CreateObservableGauge("stork_placement_leader", () => _leading ? 1 : 0,
            description: "1 on the instance that computes placements and records their events, 0 on the others.");
        _atBind = meter.CreateCounter<long>("stork_placements_at_bind_total",
            description: "Scored volumes of stork pods by the level their node reached when the pod was bound.");
        _ratings = meter.CreateCounter<long>("stork_placement_ratings_total",
            description: "Pods the placement watcher rated, by cause (pod, node, claim, refresh).");
    }

    public bool Leading
    {
        get => _leading;
        set => _leading = value;
    }

    public void Bound(PlacementVerdict verdict)
    {
        foreach (var volume in verdict.Volumes)
        {
            _atBind.Add(1, new KeyValuePair<string, object?>("level", PlacementLevels.Label(volume.Level)));
        }
    }

    /// <summary>One pod rated (<c>stork_placement_ratings_total</c>): how much work the watcher does, and why.</summary>
    public void Rated(RatingCause cause) => _ratings.Add(1, new KeyValuePair<string, object?>("cause", CauseLabels[(int)cause]));

    private IEnumerable<Measurement<long>> Pods()
    {
        if (!_leading)
        {
            return [];
        }

        if (_byNamespace)
        {
            return _tally.ByNamespace().Select(pair => new Measurement<long>(pair.Value,
                new("placement", PlacementLevels.Label(pair.Key.Placement)), new("namespace", pair.Key.Namespace)));
        }

        var counts = _tally.ByPlacement();
        return PlacementLevels.Placements.Select(p => new Measurement<long>(counts[(int)p], new KeyValuePair<string, object?>("placement", PlacementLevels.Label(p))));
    }

    private IEnumerable<Measurement<long>> Volumes()
    {
        if (!_leading)
        {
            return [];
        }

        var counts = _tally.ByLevel();
        return PlacementLevels.All.Select(l => new Measurement<long>(counts[(int)l], new KeyValuePair<string, object?>("level", PlacementLevels.Label(l))));
    }
}
