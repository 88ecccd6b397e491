using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary><c>POST /filter</c>: decide (<see cref="PlacementFilter"/>), encode an ExtenderFilterResult.</summary>
internal sealed class FilterEndpoint(ExtenderExchange exchange, PlacementDecider decider, ILogger<FilterEndpoint> logger)
{
    public const string Verb = "filter";

    public Task HandleAsync(HttpContext context) => exchange.HandleAsync(context, Verb, async (request, args, _) =>
    {
        var result = await decider.DecideAsync(Verb, args, PlacementFilter.Filter, FailurePaths.Filter, context.RequestAborted);
        var outcome = result.Outcome.ToString();
        logger.Decided(Verb, args.Pod.Metadata.Namespace ?? "", args.Pod.Metadata.Name ?? "", outcome, result.Reason);
        var passed = result.Passed.ToHashSet(StringComparer.Ordinal);
        context.Response.ContentType = "application/json";
        await ExtenderResponseWriter.WriteFilterAsync(
            context.Response.BodyWriter, args.Form, args.Nodes.Where(n => passed.Contains(n.Name)), request.Body!.Memory, result.Failed, [], context.RequestAborted);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        return outcome;
    });
}
