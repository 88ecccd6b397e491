namespace Stork.Bench.Scenarios.Soak;

/// <summary>Everything one soak observed, for <see cref="SoakReport"/>.</summary>
internal sealed record SoakResult(
    SoakOptions Options,
    TimeSpan Ran,
    SoakTally Tally,
    IReadOnlyDictionary<string, long> Updates,
    IReadOnlyDictionary<string, long> Cuts,
    IReadOnlyList<ServiceOutcome> Services);
