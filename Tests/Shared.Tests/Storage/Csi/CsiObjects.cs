using Stork.Shared.Kube.Models;

namespace Stork.Shared.Tests.Storage.Csi;

/// <summary>Builders for the few Kubernetes objects the csi driver reads.</summary>
internal static class CsiObjects
{
    public const string TopoLvm = "topolvm.io";
    public const string NodeLabel = "topology.topolvm.io/node";

    public static Node Node(string name, bool ready = true, IReadOnlyDictionary<string, string>? labels = null, params NodeAddress[] addresses) => new()
    {
        Metadata = new() { Name = name, Labels = labels },
        Status = new()
        {
            Addresses = addresses,
            Conditions = [new() { Type = "MemoryPressure", Status = "False" }, new() { Type = "Ready", Status = ready ? "True" : "False" }],
        },
    };

    public static Node LabelledNode(string name, params (string Key, string Value)[] labels) =>
        Node(name, labels: labels.ToDictionary(l => l.Key, l => l.Value));

    public static NodeAddress Address(string type, string address) => new() { Type = type, Address = address };

    public static CsiNode CsiNode(string name, params string[] drivers) => new()
    {
        Metadata = new() { Name = name },
        Spec = new() { Drivers = [.. drivers.Select(d => new CsiNodeDriver { Name = d, NodeId = name })] },
    };

    /// <summary>A PV pinned, like TopoLVM's, by <c>topology.topolvm.io/node In [nodes]</c>.</summary>
    public static PersistentVolume PinnedVolume(string name, string? handle, params string[] nodes) =>
        Volume(name, handle, new()
        {
            NodeSelectorTerms = [new() { MatchExpressions = [Requirement(NodeLabel, "In", nodes)] }],
        });

    public static PersistentVolume Volume(string name, string? handle, NodeSelector? required) => new()
    {
        Metadata = new() { Name = name },
        Spec = new()
        {
            Csi = handle is null ? null : new() { Driver = TopoLvm, VolumeHandle = handle },
            NodeAffinity = required is null ? null : new() { Required = required },
        },
    };

    public static NodeSelectorRequirement Requirement(string key, string op, params string[]? values) =>
        new() { Key = key, Operator = op, Values = values };
}
