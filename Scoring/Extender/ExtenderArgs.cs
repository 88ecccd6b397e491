using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Extender;

/// <summary>A decoded ExtenderArgs. In the NodeNames form the nodes carry only names until the
/// node cache fills them in.</summary>
internal sealed record ExtenderArgs(Pod Pod, NodeForm Form, IReadOnlyList<RequestNode> Nodes);
