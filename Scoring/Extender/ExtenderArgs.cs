using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Extender;

/// <summary>A decoded ExtenderArgs. In the NodeNames form the nodes carry only names until the
/// node cache fills them in. The reader's node lists are pooled: disposing hands them back, once the answer is written.</summary>
/// <param name="Cached">NodeNames form, when the node cache knew every name: per node its cached node and, in
/// <paramref name="Slots"/>, its slot in <paramref name="Table"/>, gathered while decoding (the candidates, without
/// another pass; the answers' names read from the table's arrays).</param>
/// <param name="Table">NodeNames form: the node table the names were resolved against.</param>
internal sealed record ExtenderArgs(
    Pod Pod,
    NodeForm Form,
    IReadOnlyList<RequestNode> Nodes,
    IReadOnlyList<KubeNodeInfo>? Cached = null,
    IReadOnlyList<int>? Slots = null,
    NodeTable? Table = null) : IDisposable
{
    public void Dispose()
    {
        (Nodes as IDisposable)?.Dispose();
        (Cached as IDisposable)?.Dispose();
        (Slots as IDisposable)?.Dispose();
    }
}
