namespace Stork.Bench.Scenarios.Extender;

/// <summary>How one cluster size was prepared: its Nodes' size, the snapshot file, and the service's start.</summary>
/// <param name="Ready">From <c>ScoringApp.Build</c> (which loads the snapshot) to <c>/readyz</c> answering 200.</param>
/// <param name="Heap">The settled managed heap once ready: the service's caches, the snapshot's JSON tree, which the
/// snapshot mode keeps for the service's lifetime, and the bench's own cluster and floor.</param>
internal sealed record ExtenderSetup(int Nodes, double AverageNodeBytes, long SnapshotBytes, TimeSpan Ready, long Heap);
