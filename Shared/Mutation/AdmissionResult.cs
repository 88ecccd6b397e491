namespace Stork.Shared.Mutation;

/// <summary>The decision on one admission and what deciding it cost.</summary>
/// <param name="ClaimsReadFromApi">PVCs read from the API because the cache lacked them.</param>
internal sealed record AdmissionResult(MutationOutcome Outcome, int ClaimsReadFromApi);
