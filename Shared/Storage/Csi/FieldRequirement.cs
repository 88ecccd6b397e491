using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Csi;

/// <summary>One <c>matchFields</c> requirement: In or NotIn with exactly one value, compared with the
/// node's fields, of which Kubernetes knows only <c>metadata.name</c> (any other field reads as "").</summary>
internal sealed record FieldRequirement(string Key, string Value, bool Equal)
{
    public const string NodeNameField = "metadata.name";

    /// <summary>The requirement, or null when Kubernetes would reject it (other operators, not exactly one value).</summary>
    public static FieldRequirement? Parse(NodeSelectorRequirement requirement) => requirement switch
    {
        { Operator: "In", Values: [var value] } => new(requirement.Key, value, Equal: true),
        { Operator: "NotIn", Values: [var value] } => new(requirement.Key, value, Equal: false),
        _ => null,
    };

    public bool Matches(string nodeName)
    {
        var actual = Key == NodeNameField ? nodeName : "";
        return string.Equals(actual, Value, StringComparison.Ordinal) == Equal;
    }
}
