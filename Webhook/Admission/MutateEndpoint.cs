using Microsoft.Extensions.Options;
using Stork.Shared.Mutation;
using Stork.Shared.Telemetry;
using Stork.Webhook.Telemetry;

namespace Stork.Webhook.Admission;

/// <summary><c>POST /mutate</c>: bounded body, decode, decide, encode. A body that is not an AdmissionReview
/// with a request gets HTTP 400 and a plain-text reason (oversized bodies too, not 413: to the API server
/// both are the same call failure, which <c>failurePolicy: Ignore</c> turns into an unchanged pod).</summary>
internal sealed class MutateEndpoint(
    Admitter admitter,
    WebhookMetrics metrics,
    StorkTracing tracing,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<MutateEndpoint> logger)
{
    public const string Path = "/mutate";

    /// <summary>The span of one admission, a child of the incoming request's.</summary>
    public const string SpanName = "admission";

    /// <summary>Room for a usual answer (about 550 bytes with a patch) without growing the rented buffer.</summary>
    private const int AnswerCapacity = 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        using var span = tracing.Start(SpanName);
        var cancellationToken = context.RequestAborted;
        var maxBytes = options.Value.MaxRequestBodyBytes;
        using var body = await RequestBody.ReadAsync(context.Request, maxBytes, cancellationToken);
        var parsed = body is null ? AdmissionBodyReader.TooLarge(maxBytes) : AdmissionBodyReader.Parse(body.Json.Span);
        if (parsed.Review is not { Request: { Uid: { } uid } request } review)
        {
            logger.AdmissionRequestRejected(parsed.Error);
            span.SetOutcome("bad_request");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(parsed.Error + "\n", cancellationToken);
            return;
        }

        var (facts, error) = RequestFacts.From(request, body!.Json);
        var outcome = error is null ? await AdmitAsync(facts, cancellationToken) : MutationOutcome.Errored(error);
        metrics.Admitted(outcome.Kind, time.GetElapsedTime(started));
        span.SetPod(facts.Namespace, facts.PodName);
        span.SetOutcome(outcome.Kind.Name);
        var level = LevelOf(outcome.Kind);
        if (logger.IsEnabled(level))
        {
            logger.AdmissionAnswered(level, facts.Describe(), facts.Namespace, facts.PodName, uid, request.DryRun == true, outcome.Kind.Name, outcome.Reason);
        }

        using var answer = new PooledBufferWriter(AnswerCapacity);
        AdmissionAnswer.Write(answer, review, uid, outcome);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = answer.WrittenCount;
        await context.Response.Body.WriteAsync(answer.WrittenMemory, cancellationToken);
    }

    /// <summary>Anything that goes wrong admits the pod unchanged with outcome <c>error</c>: never a hang, never a 500.</summary>
    private async ValueTask<MutationOutcome> AdmitAsync(AdmissionFacts facts, CancellationToken cancellationToken)
    {
        try
        {
            var result = await admitter.AdmitAsync(facts, cancellationToken);
            if (result.ClaimsReadFromApi > 0)
            {
                metrics.CacheMissReads(result.ClaimsReadFromApi);
            }

            return result.Outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.AdmissionFailed(e, facts.Namespace, facts.PodName);
            return MutationOutcome.Errored($"admitted unchanged: the decision failed ({e.GetType().Name})");
        }
    }

    /// <summary>Failures are Warnings; every other answer is Debug, mutations included: each answer already carries its
    /// outcome and reason in the API server's audit log (audit annotations) and the outcome counters, and a console line
    /// per pod cost about a third of the webhook's throughput (bench <c>webhook</c>).</summary>
    private static LogLevel LevelOf(OutcomeKind kind) =>
        kind == OutcomeKind.Error ? LogLevel.Warning : LogLevel.Debug;
}
