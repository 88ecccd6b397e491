using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary><c>POST /filter</c>: decide (<see cref="PlacementFilter"/>), encode an ExtenderFilterResult.</summary>
internal sealed class FilterEndpoint(ExtenderExchange exchange, PlacementDecider decider, ILogger<FilterEndpoint> logger)
{
    public const string Verb = "filter";

    public Task HandleAsync(HttpContext context) => exchange.HandleAsync(context, Verb, async (request, args, _) =>
    {
        using var result = await decider.DecideAsync(Verb, args, PlacementFilter.Filter, FailurePaths.Filter, context.RequestAborted);
        var outcome = result.Outcome.ToString();
        logger.Decided(Verb, args.Pod.Metadata.Namespace ?? "", args.Pod.Metadata.Name ?? "", outcome, result.Reason);
        if (args.Form == NodeForm.NodeNames)
        {
            await ExtenderAnswers.WriteWholeAsync(
                context, request, answer => ExtenderResponseWriter.WriteFilterNames(answer, args.Nodes, result.Passed, args.Table, args.Slots, result.Failed, []));
            return outcome;
        }

        context.Response.ContentType = "application/json";
        await ExtenderResponseWriter.WriteFilterNodesAsync(
            context.Response.BodyWriter, Passing(args.Nodes, result.Passed), request.Body!.Memory, result.Failed, [], context.RequestAborted);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        return outcome;
    });

    /// <summary>The request's nodes named in <paramref name="passed"/>, which lists them in request order (every
    /// filter rule keeps that order): one merge walk instead of a set of names.</summary>
    internal static IEnumerable<RequestNode> Passing(IReadOnlyList<RequestNode> nodes, IReadOnlyList<string> passed)
    {
        var next = 0;
        for (var i = 0; i < nodes.Count && next < passed.Count; i++)
        {
            if (string.Equals(nodes[i].Name, passed[next], StringComparison.Ordinal))
            {
                next++;
                yield return nodes[i];
            }
        }
    }
}
