namespace Stork.Shared.Mutation;

/// <summary>The webhook's answer as a value: always allowed, with a patch only when
/// <see cref="Kind"/> is <see cref="OutcomeKind.Mutated"/> and something changes.</summary>
/// <param name="Reason">Human-readable; becomes <c>status.message</c> and the audit annotation.</param>
internal sealed record MutationOutcome(OutcomeKind Kind, string Reason, IReadOnlyList<PatchOperation> Patch)
{
    /// <summary>Audit annotation keys. The API server prefixes them with the webhook's name
    /// (<c>{webhook}/outcome</c>), so they must be bare qualified names without a slash.</summary>
    public const string OutcomeAuditKey = "outcome";

    /// <inheritdoc cref="OutcomeAuditKey"/>
    public const string ReasonAuditKey = "reason";

    public static MutationOutcome Allowed(OutcomeKind kind, string reason) => new(kind, reason, []);

    public static MutationOutcome Patched(IReadOnlyList<PatchOperation> patch, string reason) => new(OutcomeKind.Mutated, reason, patch);

    public static MutationOutcome Errored(string reason) => new(OutcomeKind.Error, reason, []);
}
