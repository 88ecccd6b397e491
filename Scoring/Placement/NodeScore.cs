namespace Stork.Scoring.Placement;

/// <summary>One node's score and, when explaining, how it was reached.</summary>
/// <param name="Host">The node name.</param>
/// <param name="Score">Stork points (0..100 per volume, plus bonuses) or 0..10 normalized.</param>
/// <param name="Reasons">e.g. <c>PVC default/a: replica on this node (+100)</c>; empty unless explaining.</param>
internal readonly record struct NodeScore(string Host, long Score, IReadOnlyList<string> Reasons);
