using System.Text.Json;
using Microsoft.Extensions.Options;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Explain;

/// <summary><c>POST /explain</c>: takes ExtenderArgs, answers every node's filter verdict and score with
/// reasons, as JSON or, for <c>Accept: text/plain</c>, as a table. Changes nothing and records no event.</summary>
internal sealed class ExplainEndpoint(ExtenderExchange exchange, PlacementDecider decider, IOptions<ScoringOptions> options)
{
    public const string Verb = "explain";

    public Task HandleAsync(HttpContext context) => exchange.HandleAsync(context, Verb, async (_, args, _) =>
    {
        var explanation = await ExplainAsync(args, context.RequestAborted);
        await WriteAsync(context, explanation);
        return explanation.FilterOutcome;
    });

    /// <summary>The explanation of <paramref name="args"/> (also what the <c>explain</c> command prints), decided
    /// within the request deadline like filter and prioritize, with their failure paths.</summary>
    public Task<PlacementExplanation> ExplainAsync(ExtenderArgs args, CancellationToken cancellationToken)
    {
        var scale = options.Value.ScoreScale;
        var name = args.Pod.Metadata.Name is { Length: > 0 } given ? given : args.Pod.Metadata.GenerateName + "<generated>";
        var pod = $"{args.Pod.Metadata.Namespace}/{name}";
        return decider.DecideAsync(
            Verb,
            args,
            request => PlacementExplanation.Of(pod, PlacementFilter.Filter(request), PlacementScorer.Prioritize(request, scale, explain: true), scale),
            (names, cause) => PlacementExplanation.Of(pod, FailurePaths.Filter(names, cause), FailurePaths.Prioritize(names, scale, cause), scale),
            cancellationToken);
    }

    private static async Task WriteAsync(HttpContext context, PlacementExplanation explanation)
    {
        if (context.Request.Headers.Accept.Any(a => a?.Contains("text/plain", StringComparison.OrdinalIgnoreCase) == true))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(ExplainTextRenderer.Render(explanation), context.RequestAborted);
        }
        else
        {
            context.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(context.Response.Body, explanation, ScoringJsonContext.Default.PlacementExplanation, context.RequestAborted);
        }
    }
}
