using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Extender;

/// <summary>A decoded ExtenderArgs. In the NodeNames form the nodes carry only names until the
/// node cache fills them in. The reader's node list is pooled: disposing hands it back, once the answer is written.</summary>
internal sealed record ExtenderArgs(Pod Pod, NodeForm Form, IReadOnlyList<RequestNode> Nodes) : IDisposable
{
    public void Dispose() => (Nodes as IDisposable)?.Dispose();
}
