using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Extender;

/// <summary>A decoded ExtenderArgs. In the NodeNames form the nodes carry only names until the
/// node cache fills them in. The reader's node lists are pooled: disposing hands them back, once the answer is written.</summary>
/// <param name="Slots">NodeNames form, when the node cache knew every name: per node its slot in <paramref name="Table"/>,
/// gathered while decoding (the candidates are read through them; so are the answers' names, from the table's arrays).</param>
/// <param name="Table">NodeNames form: the node table the names were resolved against.</param>
internal sealed record ExtenderArgs(
    Pod Pod,
    NodeForm Form,
    IReadOnlyList<RequestNode> Nodes,
    IReadOnlyList<int>? Slots = null,
    NodeTable? Table = null) : IDisposable
{
    public void Dispose()
    {
        (Nodes as IDisposable)?.Dispose();
        (Slots as IDisposable)?.Dispose();
    }
}
