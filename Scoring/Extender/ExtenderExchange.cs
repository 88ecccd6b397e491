using System.Diagnostics;
using Stork.Shared.Telemetry;

namespace Stork.Scoring.Extender;

/// <summary>What every extender endpoint does around its answer: read the bounded request, answer bad input
/// with 400/413, and time the call into the request metric and a span named after the verb.</summary>
internal sealed class ExtenderExchange(ExtenderRequestReader reader, ExtenderMetrics metrics, StorkTracing tracing, ILogger<ExtenderExchange> logger)
{
    /// <param name="answer">Writes the answer of a readable request and returns its outcome label.</param>
    public async Task HandleAsync(HttpContext context, string verb, Func<ExtenderRequest, ExtenderArgs, Activity?, Task<string>> answer)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = tracing.Start(verb);
        using var request = await reader.ReadAsync(context.Request, context.RequestAborted);
        var outcome = ExtenderAnswers.BadRequest;
        try
        {
            if (request.Args is not { } args)
            {
                await ExtenderAnswers.RejectAsync(context, request, verb, logger);
                return;
            }

            span.SetPod(args.Pod.Metadata.Namespace, args.Pod.Metadata.Name);
            outcome = await answer(request, args, span);
        }
        finally
        {
            metrics.Request(verb, outcome, Stopwatch.GetElapsedTime(started));
            span.SetOutcome(outcome);
        }
    }
}
