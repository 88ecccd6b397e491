namespace Stork.Shared.Storage.Classification;

/// <summary>What <see cref="StorageObjectsReader.FillAsync"/> found.</summary>
/// <param name="Objects">The view with every object read from the API added; null when a read failed.</param>
/// <param name="ClaimReads">How many PVCs were read from the API.</param>
/// <param name="Error">Why the reads failed or timed out.</param>
internal sealed record CacheMissFill(StorageObjects? Objects, int ClaimReads, string? Error)
{
    public bool IsSuccess => Error is null;
}
