using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Csi;

/// <summary>One <c>matchExpressions</c> requirement, validated as Kubernetes' label selector does
/// (<c>labels.NewRequirement</c>) and matched with its semantics.</summary>
/// <param name="Bound">The parsed integer of <c>Gt</c>/<c>Lt</c> (0 otherwise).</param>
internal sealed record LabelRequirement(string Key, string Operator, IReadOnlyList<string> Values, long Bound)
{
    /// <summary>The requirement, or null when Kubernetes would reject it: unknown operator, a key or
    /// value breaking label syntax, In/NotIn without values, Exists/DoesNotExist with values,
    /// Gt/Lt without exactly one integer value.</summary>
    public static LabelRequirement? Parse(NodeSelectorRequirement requirement)
    {
        var values = requirement.Values ?? [];
        if (!LabelSyntax.IsQualifiedName(requirement.Key) || !values.All(LabelSyntax.IsValue))
        {
            return null;
        }

        long bound = 0;
        var valid = requirement.Operator switch
        {
            "In" or "NotIn" => values.Count > 0,
            "Exists" or "DoesNotExist" => values.Count == 0,
            "Gt" or "Lt" => values.Count == 1 && GoInt.TryParse(values[0], out bound),
            _ => false,
        };
        return valid ? new(requirement.Key, requirement.Operator, values, bound) : null;
    }

    /// <summary>A missing label satisfies only NotIn and DoesNotExist; Gt/Lt need the label's value
    /// to parse as an integer.</summary>
    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        string? value = null;
        var has = labels is not null && labels.TryGetValue(Key, out value);
        return Operator switch
        {
            "In" => has && Values.Contains(value),
            "NotIn" => !has || !Values.Contains(value),
            "Exists" => has,
            "DoesNotExist" => !has,
            "Gt" => has && GoInt.TryParse(value, out var greater) && greater > Bound,
            _ => has && GoInt.TryParse(value, out var less) && less < Bound,
        };
    }
}
