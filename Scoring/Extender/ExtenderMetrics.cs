using System.Diagnostics.Metrics;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary>Extender instruments on the <c>Stork.Scoring</c> meter (also the name of the service's activity
/// source). No per-pod labels.</summary>
internal sealed class ExtenderMetrics
{
    public const string MeterName = "Stork.Scoring";

    private readonly Histogram<double> duration;
    private readonly Counter<long> placements;
    private readonly Counter<long> deadlines;

    public ExtenderMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        duration = meter.CreateHistogram(
            "stork_extender_request_duration_seconds",
            unit: "s",
            description: "Extender request latency by verb (filter, prioritize, explain) and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        placements = meter.CreateCounter<long>(
            "stork_placement_volumes_total",
            description: "Scored volumes by the best locality any candidate node offered (replica, rack, zone, region, none).");
        deadlines = meter.CreateCounter<long>(
            "stork_extender_deadline_exceeded_total",
            description: "Extender requests whose lookups passed --request-deadline (answered as for an unreadable claim), by verb.");
    }

    public void Request(string verb, string outcome, TimeSpan elapsed) =>
        duration.Record(elapsed.TotalSeconds, new("verb", verb), new("outcome", outcome));

    public void DeadlineExceeded(string verb) => deadlines.Add(1, new KeyValuePair<string, object?>("verb", verb));

    public void Placed(PlacementLevel level) => placements.Add(1, new KeyValuePair<string, object?>("level", Label(level)));

    private static string Label(PlacementLevel level) => level switch
    {
        PlacementLevel.Replica => "replica",
        PlacementLevel.Rack => "rack",
        PlacementLevel.Zone => "zone",
        PlacementLevel.Region => "region",
        _ => "none",
    };
}
