using System.Text;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>A bound pod's placement and, per scored volume, the level its node reaches.</summary>
/// <param name="Reason">Why the placement is <see cref="PodPlacement.Unknown"/>; null otherwise.</param>
internal sealed record PlacementVerdict(PodPlacement Placement, IReadOnlyList<VolumeReach> Volumes, string? Reason = null)
{
    /// <summary>Some volume is reached no closer than its zone: the pod's I/O leaves the rack. This is when
    /// the <c>NotHyperconverged</c> Warning is recorded (a rack neighbour of a replica is not warned about).</summary>
    public bool LeavesRack => Volumes.Any(v => v.Level < PlacementLevel.Rack);

    public static PlacementVerdict Unreadable(string reason) => new(PodPlacement.Unknown, [], reason);

    /// <summary>The Warning's message: the node, each volume with its level and replica locations, and the best level.</summary>
    public string Describe(string node)
    {
        var text = new StringBuilder("Pod runs on ").Append(node).Append(", away from its data: ");
        for (var i = 0; i < Volumes.Count; i++)
        {
            var volume = Volumes[i];
            text.Append(i == 0 ? "" : "; ").Append(volume.Volume).Append(" reaches ").Append(PlacementLevels.Label(volume.Level))
                .Append(" (replicas on ").Append(volume.Replicas.Length == 0 ? "no known node" : volume.Replicas).Append(')');
        }

        return text.Append("; best level ").Append(PlacementLevels.Label(Volumes.Max(v => v.Level))).ToString();
    }
}
