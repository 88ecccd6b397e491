using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>What one <see cref="SyncRun"/> measured.</summary>
/// <param name="SyncedAfter">Per resource: informer start to synced.</param>
/// <param name="Use">The process meanwhile (fake and product together), start to the last sync.</param>
/// <param name="Held">Per resource: managed bytes freed by dropping its cache (informer already stopped).</param>
/// <param name="Heap">The settled heap at each step, named.</param>
internal sealed record SyncResult(
    IReadOnlyList<string> Resources,
    IReadOnlyList<int> Objects,
    IReadOnlyList<TimeSpan> SyncedAfter,
    ResourceUse Use,
    IReadOnlyList<long> Held,
    IReadOnlyList<(string Step, long Bytes)> Heap)
{
    public long TotalHeld => Held.Sum();
}
