using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Csi;

/// <summary>A parsed, valid, non-empty node selector term: its requirements are ANDed.</summary>
/// <param name="Labels">Null when the term has no <c>matchExpressions</c> (no label constraint).</param>
/// <param name="Fields">Null when the term has no <c>matchFields</c> (no field constraint).</param>
internal sealed record NodeSelectorTermMatcher(LabelRequirement[]? Labels, FieldRequirement[]? Fields)
{
    /// <summary>The term, or null when it can match nothing: it is empty, or Kubernetes rejects one
    /// of its requirements.</summary>
    public static NodeSelectorTermMatcher? Parse(NodeSelectorTerm term)
    {
        return TryParseAll(term.MatchExpressions, LabelRequirement.Parse, out var labels)
            && TryParseAll(term.MatchFields, FieldRequirement.Parse, out var fields)
            && (labels is not null || fields is not null)
            ? new(labels, fields)
            : null;
    }

    /// <summary>Fields are only checked for a node with a name, as Kubernetes does.</summary>
    public bool Matches(Node node)
    {
        foreach (var label in Labels ?? [])
        {
            if (!label.Matches(node.Metadata.Labels))
            {
                return false;
            }
        }

        var name = node.Metadata.Name;
        if (Fields is null || string.IsNullOrEmpty(name))
        {
            return true;
        }

        foreach (var field in Fields)
        {
            if (!field.Matches(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>False when a requirement is invalid; <paramref name="parsed"/> is null when there are none.</summary>
    private static bool TryParseAll<T>(
        IReadOnlyList<NodeSelectorRequirement>? requirements, Func<NodeSelectorRequirement, T?> parse, out T[]? parsed)
        where T : class
    {
        parsed = null;
        if (requirements is null || requirements.Count == 0)
        {
            return true;
        }

        var items = new T[requirements.Count];
        for (var i = 0; i < items.Length; i++)
        {
            if (parse(requirements[i]) is not { } item)
            {
                return false;
            }

            items[i] = item;
        }

        parsed = items;
        return true;
    }
}
