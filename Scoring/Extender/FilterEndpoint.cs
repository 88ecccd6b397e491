using System.Diagnostics;
using Stork.Scoring.Placement;
using Stork.Shared.Telemetry;

namespace Stork.Scoring.Extender;

/// <summary><c>POST /filter</c>: read, decide (<see cref="PlacementFilter"/>), encode an ExtenderFilterResult.</summary>
internal sealed class FilterEndpoint(ExtenderRequestReader reader, PlacementDecider decider, ExtenderMetrics metrics, StorkTracing tracing, ILogger<FilterEndpoint> logger)
{
    public const string Verb = "filter";

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = tracing.Start(Verb);
        using var request = await reader.ReadAsync(context.Request, context.RequestAborted);
        var outcome = ExtenderAnswers.BadRequest;
        try
        {
            if (request.Args is not { } args)
            {
                await ExtenderAnswers.RejectAsync(context, request, Verb, logger);
                return;
            }

            span.SetPod(args.Pod.Metadata.Namespace, args.Pod.Metadata.Name);
            var result = await decider.DecideAsync(Verb, args, PlacementFilter.Filter, FailurePaths.Filter, context.RequestAborted);
            outcome = result.Outcome.ToString();
            logger.Decided(Verb, args.Pod.Metadata.Namespace ?? "", args.Pod.Metadata.Name ?? "", outcome, result.Reason);
            var passed = result.Passed.ToHashSet(StringComparer.Ordinal);
            context.Response.ContentType = "application/json";
            await ExtenderResponseWriter.WriteFilterAsync(
                context.Response.BodyWriter, args.Form, args.Nodes.Where(n => passed.Contains(n.Name)), request.Body!.Memory, result.Failed, [], context.RequestAborted);
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        }
        finally
        {
            metrics.Request(Verb, outcome, Stopwatch.GetElapsedTime(started));
            span.SetOutcome(outcome);
        }
    }
}
