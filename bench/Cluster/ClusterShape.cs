namespace Stork.Bench.Cluster;

/// <summary>How many objects of each kind the benchmark cluster holds (one PV per PVC).</summary>
internal sealed record ClusterShape(int Nodes, int Claims)
{
    /// <summary>The size the issue asks about: 5,000 Nodes, 50,000 PVCs, 50,000 PVs.</summary>
    public static readonly ClusterShape Large = new(5_000, 50_000);

    public ClusterShape Scale(double factor) =>
        new(Math.Max(1, (int)(Nodes * factor)), Math.Max(1, (int)(Claims * factor)));
}
