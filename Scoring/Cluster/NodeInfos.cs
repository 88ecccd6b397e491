using System.Runtime.CompilerServices;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Cluster;

/// <summary>Reduces cached Node objects to <see cref="KubeNodeInfo"/> once per object: cached objects are
/// immutable and replaced on change, so the reduction is keyed by reference and dies with the object.</summary>
internal static class NodeInfos
{
    private static readonly ConditionalWeakTable<Node, KubeNodeInfo> Reduced = [];

    public static KubeNodeInfo Of(Node node) => Reduced.GetValue(node, KubeNodeInfo.FromNode);

    /// <summary>A node only known by name (not in the cache): matches no storage node.</summary>
    public static KubeNodeInfo NameOnly(string name) =>
        new(name, [], [], new Dictionary<string, string>(), false);
}
