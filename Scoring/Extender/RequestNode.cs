namespace Stork.Scoring.Extender;

/// <summary>A candidate node as read from the request: what matching and locality need, nothing more.</summary>
/// <param name="Labels">Only the labels the reader was asked for (locality keys).</param>
/// <param name="Annotations">Only the annotations the reader was asked for.</param>
/// <param name="Raw">Where the full node object sits in the request body (Nodes form), to echo it verbatim.</param>
/// <param name="Cached">NodeNames form: the node cache's node of that name, when there is one.</param>
/// <param name="Slot">With <paramref name="Cached"/>: its index in the node table's <see cref="Cluster.NodeTable.Nodes"/>, -1 otherwise.</param>
internal sealed record RequestNode(
    string Name,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    string? HostnameAddress,
    IReadOnlyList<string> InternalIps,
    Range Raw,
    Placement.KubeNodeInfo? Cached = null,
    int Slot = -1);
