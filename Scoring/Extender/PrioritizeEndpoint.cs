using Microsoft.Extensions.Options;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Events;
using Stork.Shared.Telemetry;

namespace Stork.Scoring.Extender;

/// <summary><c>POST /prioritize</c>: decide (<see cref="PlacementScorer"/>), encode a HostPriorityList;
/// records placement metrics and the NonOptimumScheduling warning.</summary>
internal sealed class PrioritizeEndpoint(
    ExtenderExchange exchange, PlacementDecider decider, IEventRecorder events, ExtenderMetrics metrics, IOptions<ScoringOptions> options)
{
    public const string Verb = "prioritize";

    public const string NonOptimumReason = "NonOptimumScheduling";

    public Task HandleAsync(HttpContext context) => exchange.HandleAsync(context, Verb, async (request, args, span) =>
    {
        var scale = options.Value.ScoreScale;
        using var result = await decider.DecideAsync(
            Verb, args, r => PlacementScorer.Prioritize(r, scale, explain: false), (names, cause) => FailurePaths.Prioritize(names, scale, cause), context.RequestAborted);
        Record(args, result);
        span.SetVolumesScored(result.Placements.Count);
        await ExtenderAnswers.WriteWholeAsync(
            context, request, answer => ExtenderResponseWriter.WritePriorities(answer, args.Nodes, result.Scores, args.Table, args.Slots));
        return result.Placements.Count > 0 ? "scored" : "uniform";
    });

    internal static string NonOptimumMessage(IReadOnlyList<NonOptimumVolume> volumes) =>
        "Unable to schedule the pod next to its data: no candidate node holds a replica of "
        + string.Join("; ", volumes.Select(v => $"{v.Volume} (replicas on {v.Replicas})"))
        + ". Make sure those nodes have enough CPU and memory for the pod and are not tainted or cordoned.";

    private void Record(ExtenderArgs args, PrioritizeResult result)
    {
        foreach (var placement in result.Placements)
        {
            metrics.Placed(placement.Level);
        }

        if (result.NonOptimum.Count > 0)
        {
            events.Record(args.Pod, "Warning", NonOptimumReason, NonOptimumMessage(result.NonOptimum));
        }
    }
}
