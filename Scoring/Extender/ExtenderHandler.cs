using System.Diagnostics;
using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Events;
using Stork.Shared.Telemetry;

namespace Stork.Scoring.Extender;

/// <summary>The HTTP edge of <c>/filter</c> and <c>/prioritize</c>: bounded body, decode, gather, call the
/// pure rules, encode. Bad input is a 400 with a message; a failure while deciding answers as if no volume
/// constrained the pod (all nodes pass, default scores) rather than failing the scheduling attempt.</summary>
internal sealed class ExtenderHandler(
    ExtenderArgsReader reader,
    PlacementRequestBuilder builder,
    IEventRecorder events,
    ExtenderMetrics metrics,
    StorkTracing tracing,
    MalformedValueReporter malformed,
    IOptions<ScoringOptions> options,
    ILogger<ExtenderHandler> logger)
{
    public const string NonOptimumReason = "NonOptimumScheduling";

    private ScoringOptions Settings => options.Value;

    public Task FilterAsync(HttpContext context) => HandleAsync(context, "filter", FilterAsync);

    public Task PrioritizeAsync(HttpContext context) => HandleAsync(context, "prioritize", PrioritizeAsync);

    /// <summary>Reads the request and runs <paramref name="decide"/>, which writes the answer and returns the outcome label.</summary>
    internal async Task HandleAsync(HttpContext context, string verb, Func<HttpContext, ExtenderArgs, PooledBody, Task<string>> decide)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = tracing.Start(verb);
        var outcome = "bad_request";
        try
        {
            using var body = await PooledBody.ReadAsync(context.Request, Settings.MaxRequestBytes, context.RequestAborted);
            var args = reader.Read(body.Memory);
            span.SetPod(args.Pod.Metadata.Namespace, args.Pod.Metadata.Name);
            outcome = await decide(context, args, body);
        }
        catch (Exception e) when (e is ExtenderRequestException or BadHttpRequestException)
        {
            logger.BadRequest(verb, e.Message);
            context.Response.StatusCode = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            if (context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // The rest of the body stays unread and the server drops the connection: say so, lest the
                // client reuse it for its next request.
                context.Response.Headers.Connection = "close";
            }

            await context.Response.WriteAsync(e.Message, context.RequestAborted);
        }
        finally
        {
            metrics.Request(verb, outcome, Stopwatch.GetElapsedTime(started));
            span.SetOutcome(outcome);
        }
    }

    private async Task<string> FilterAsync(HttpContext context, ExtenderArgs args, PooledBody body)
    {
        var result = await DecideAsync("filter", args, PlacementFilter.Filter, FailOpenFilter, context.RequestAborted);
        var passed = result.Passed.ToHashSet(StringComparer.Ordinal);
        logger.Decided("filter", args.Pod.Metadata.Namespace ?? "", args.Pod.Metadata.Name ?? "", result.Outcome.ToString(), result.Reason);
        context.Response.ContentType = "application/json";
        await ExtenderResponseWriter.WriteFilterAsync(
            context.Response.BodyWriter, args.Form, args.Nodes.Where(n => passed.Contains(n.Name)), body.Memory, result.Failed, [], context.RequestAborted);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        return result.Outcome.ToString();
    }

    private async Task<string> PrioritizeAsync(HttpContext context, ExtenderArgs args, PooledBody body)
    {
        var result = await DecideAsync(
            "prioritize", args, r => PlacementScorer.Prioritize(r, Settings.ScoreScale, explain: false), FailOpenPriorities, context.RequestAborted);
        foreach (var placement in result.Placements)
        {
            metrics.Placed(placement.Level);
        }

        Activity.Current.SetVolumesScored(result.Placements.Count);

        if (result.NonOptimum.Count > 0)
        {
            events.Record(args.Pod, "Warning", NonOptimumReason, NonOptimumMessage(result.NonOptimum));
        }

        context.Response.ContentType = "application/json";
        ExtenderResponseWriter.WritePriorities(context.Response.BodyWriter, result.Scores.Select(s => (s.Host, s.Score)));
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        return result.Placements.Count > 0 ? "scored" : "uniform";
    }

    private async Task<T> DecideAsync<T>(string verb, ExtenderArgs args, Func<PlacementRequest, T> decide, Func<ExtenderArgs, T> failOpen, CancellationToken cancellationToken)
    {
        try
        {
            var request = await builder.BuildAsync(args, cancellationToken);
            malformed.Report(args.Pod, request.Options);
            return decide(request);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.DecisionFailed(e, verb, args.Pod.Metadata.Namespace ?? "", args.Pod.Metadata.Name ?? "");
            return failOpen(args);
        }
    }

    private static FilterResult FailOpenFilter(ExtenderArgs args) =>
        new(FilterOutcome.DriverUnavailable, [.. args.Nodes.Select(n => n.Name)], new Dictionary<string, string>(), "internal error: all nodes pass");

    private PrioritizeResult FailOpenPriorities(ExtenderArgs args)
    {
        var score = Settings.ScoreScale == ScoreScale.Stork ? 5 : 0;
        return new([.. args.Nodes.Select(n => new NodeScore(n.Name, score, []))], [], [], "internal error: default scores");
    }

    internal static string NonOptimumMessage(IReadOnlyList<NonOptimumVolume> volumes) =>
        "Unable to schedule the pod next to its data: no candidate node holds a replica of "
        + string.Join("; ", volumes.Select(v => $"{v.Volume} (replicas on {v.Replicas})"))
        + ". Make sure those nodes have enough CPU and memory for the pod and are not tainted or cordoned.";
}
