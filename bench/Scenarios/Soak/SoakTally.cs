using System.Collections.Concurrent;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>Answers counted by endpoint, request kind and status code (0: no answer, the connection failed or
/// timed out). Safe to record from many clients at once.</summary>
internal sealed class SoakTally
{
    public const int NoAnswer = 0;

    private readonly ConcurrentDictionary<(string Endpoint, string Kind, int Status), long> counts = new();

    public void Record(SoakRequest request, int status) =>
        counts.AddOrUpdate((request.Endpoint, request.Kind, status), 1, (_, n) => n + 1);

    public IReadOnlyDictionary<(string Endpoint, string Kind, int Status), long> Snapshot() => counts.ToDictionary();

    /// <summary>Answers to requests of that validity for which <paramref name="status"/> holds.</summary>
    public long Count(bool valid, Func<int, bool> status) =>
        counts.Where(c => (c.Key.Kind == SoakRequest.ValidKind) == valid && status(c.Key.Status)).Sum(c => c.Value);
}
