namespace Stork.Bench.Scenarios.Soak;

/// <summary>What became of one service: its RSS samples, whether its caches converged at the end (and how fast),
/// and, when it died during the soak, its exit code and last output lines.</summary>
internal sealed record ServiceOutcome(string Name, RssSamples Rss, TimeSpan? ConvergedIn, IReadOnlyList<string> Caches, int? ExitCode, IReadOnlyList<string> Tail);
