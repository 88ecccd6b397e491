using Microsoft.Extensions.Options;
using Stork.Webhook.Cluster;
using Stork.Webhook.Mutation;
using Stork.Webhook.Telemetry;

namespace Stork.Webhook.Admission;

/// <summary>Decides one admission: the pure decision over cache snapshots first; only when it finds no
/// driver volume while some of the pod's claims are missing from the cache are those read from the API
/// (bounded by <see cref="WebhookOptions.AdmissionDeadline"/>) and the decision taken again. Anything
/// that goes wrong admits the pod unchanged with outcome <c>error</c>: never a hang, never a 500.</summary>
internal sealed class Admitter(
    MutationPolicy policy,
    ClusterFactsReader reader,
    WebhookMetrics metrics,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<Admitter> logger)
{
    public async Task<MutationOutcome> AdmitAsync(AdmissionFacts request, CancellationToken cancellationToken)
    {
        try
        {
            return await DecideAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.AdmissionFailed(e, request.Namespace, request.PodName);
            return MutationOutcome.Errored($"admitted unchanged: the decision failed ({e.GetType().Name})");
        }
    }

    private async Task<MutationOutcome> DecideAsync(AdmissionFacts request, CancellationToken cancellationToken)
    {
        var facts = reader.FromCaches(request.Namespace);
        var outcome = MutationDecider.Decide(policy, request, facts);
        var missing = outcome.Kind == OutcomeKind.NotDriver ? facts.MissingClaims(request.Pod!, request.Namespace) : [];
        if (missing.Count == 0)
        {
            return outcome;
        }

        metrics.CacheMissReads(missing.Count);
        var (read, error) = await ReadClaimsWithinDeadlineAsync(facts, request.Namespace ?? "", missing, cancellationToken);
        if (read is null)
        {
            logger.ClusterLookupFailed(request.Namespace, request.PodName, error);
            return MutationOutcome.Errored($"admitted unchanged: {error}");
        }

        return MutationDecider.Decide(policy, request, read);
    }

    private async Task<(ClusterFacts? Facts, string? Error)> ReadClaimsWithinDeadlineAsync(
        ClusterFacts facts, string @namespace, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var deadline = options.Value.AdmissionDeadline;
        using var timeout = new CancellationTokenSource(deadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var read = await reader.ReadClaimsAsync(facts, @namespace, names, linked.Token).WaitAsync(deadline, time, cancellationToken);
            return read.IsSuccess
                ? (read.Value, null)
                : (null, $"reading PVCs {string.Join(", ", names)} of namespace {@namespace} failed: {read.Error}");
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, $"reading PVCs {string.Join(", ", names)} of namespace {@namespace} exceeded the {deadline.TotalSeconds:0.###} s deadline");
        }
    }
}
