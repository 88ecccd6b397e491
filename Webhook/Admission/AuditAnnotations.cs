using System.Text.Json.Serialization;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Admission;

/// <summary><c>response.auditAnnotations</c>: the outcome and its reason, under the keys of <see cref="MutationOutcome"/>.</summary>
internal sealed record AuditAnnotations(
    [property: JsonPropertyName(MutationOutcome.OutcomeAuditKey)] string Outcome,
    [property: JsonPropertyName(MutationOutcome.ReasonAuditKey)] string Reason);
