using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Explain;

/// <summary><c>POST /explain</c>: takes ExtenderArgs, answers every node's filter verdict and score with
/// reasons, as JSON or, for <c>Accept: text/plain</c>, as a table. Changes nothing and records no event.</summary>
internal sealed class ExplainEndpoint(
    ExtenderRequestReader reader, PlacementRequestBuilder builder, ExtenderMetrics metrics, IOptions<ScoringOptions> options, ILogger<ExplainEndpoint> logger)
{
    public const string Verb = "explain";

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = await reader.ReadAsync(context.Request, context.RequestAborted);
        var outcome = ExtenderAnswers.BadRequest;
        try
        {
            if (request.Args is not { } args)
            {
                await ExtenderAnswers.RejectAsync(context, request, Verb, logger);
                return;
            }

            var explanation = await ExplainAsync(args, context.RequestAborted);
            outcome = explanation.FilterOutcome;
            await WriteAsync(context, explanation);
        }
        finally
        {
            metrics.Request(Verb, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>The explanation of <paramref name="args"/> (also what the <c>explain</c> command prints).</summary>
    public async Task<PlacementExplanation> ExplainAsync(ExtenderArgs args, CancellationToken cancellationToken)
    {
        var request = await builder.BuildAsync(args, cancellationToken);
        var scale = options.Value.ScoreScale;
        var name = args.Pod.Metadata.Name is { Length: > 0 } given ? given : args.Pod.Metadata.GenerateName + "<generated>";
        var pod = $"{args.Pod.Metadata.Namespace}/{name}";
        return PlacementExplanation.Of(pod, PlacementFilter.Filter(request), PlacementScorer.Prioritize(request, scale, explain: true), scale);
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
