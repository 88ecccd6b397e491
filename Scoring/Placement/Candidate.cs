namespace Stork.Scoring.Placement;

/// <summary>What the per-node rules read of a candidate node (<see cref="StorageTopology.CandidateAt"/>).</summary>
/// <param name="Name">Its name.</param>
/// <param name="StorageUnschedulable">Its <see cref="KubeNodeInfo.StorageUnschedulable"/>.</param>
/// <param name="StorageIndex">The storage node it is matched to, or -1.</param>
internal readonly record struct Candidate(string Name, bool StorageUnschedulable, int StorageIndex);
