using Microsoft.Extensions.Options;
using Stork.Shared.Storage.Classification;

namespace Stork.Shared.Mutation;

/// <summary>Decides one admission, for the webhook and for <c>explain</c>: the pure decision over cache
/// snapshots first; only when it finds no driver volume while some of the pod's claims are missing from
/// the cache are those read from the API (bounded by <see cref="MutationOptions.AdmissionDeadline"/>) and
/// the decision taken again. A failed or late read is the outcome <c>error</c> (the pod is admitted unchanged).</summary>
internal sealed class Admitter(MutationPolicy policy, ClusterFactsReader reader, IOptions<MutationOptions> options)
{
    public async ValueTask<AdmissionResult> AdmitAsync(AdmissionFacts request, CancellationToken cancellationToken)
    {
        var facts = reader.FromCaches(request.Namespace);
        var outcome = MutationDecider.Decide(policy, request, facts);
        var classified = outcome.Kind == OutcomeKind.NotDriver
            ? VolumeClassifier.Classify(request.Pod!, request.Namespace, facts.Storage, policy.Ownership)
            : [];
        if (StorageObjectsReader.MissingClaims(classified).Count == 0)
        {
            return new(outcome, 0);
        }

        var fill = await reader.Storage.FillAsync(facts.Storage, request.Namespace, classified, options.Value.AdmissionDeadline, cancellationToken);
        return fill.Objects is { } filled
            ? new(MutationDecider.Decide(policy, request, facts with { Storage = filled }), fill.ClaimReads)
            : new(MutationOutcome.Errored($"admitted unchanged: {fill.Error}"), fill.ClaimReads);
    }
}
