using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Csi;

/// <summary>Decides whether a node satisfies a <see cref="NodeSelector"/> with Kubernetes' node affinity
/// semantics (<c>component-helpers/scheduling/corev1/nodeaffinity</c>): terms are ORed, requirements
/// within a term ANDed; an empty term, an invalid term and an empty selector match nothing.
/// The selector is parsed once, so one matcher checks many nodes cheaply.</summary>
internal sealed class NodeSelectorMatcher
{
    private readonly NodeSelectorTermMatcher[] terms;

    public NodeSelectorMatcher(NodeSelector selector) =>
        terms = [.. selector.NodeSelectorTerms.Select(NodeSelectorTermMatcher.Parse).OfType<NodeSelectorTermMatcher>()];

    public bool Matches(Node node)
    {
        foreach (var term in terms)
        {
            if (term.Matches(node))
            {
                return true;
            }
        }

        return false;
    }
}
