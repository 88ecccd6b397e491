using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Cluster;

/// <summary>One published state of the node directory: every cached node reduced to <see cref="KubeNodeInfo"/>,
/// and per name the request node a NodeNames entry resolves to, looked up by the decoded characters (no string
/// per name). Immutable once published.</summary>
internal sealed class NodeTable
{
    private readonly Dictionary<string, RequestNode> byName;
    private readonly Dictionary<string, RequestNode>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public NodeTable(Dictionary<string, RequestNode> byName)
    {
        this.byName = byName;
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Nodes = [.. byName.Values.Select(n => n.Cached!)];
    }

    public static NodeTable Empty { get; } = new(new(StringComparer.Ordinal));

    /// <summary>Every cached node.</summary>
    public IReadOnlyList<KubeNodeInfo> Nodes { get; }

    public int Count => byName.Count;

    /// <summary>The cached node of that name, or null.</summary>
    public RequestNode? Find(ReadOnlySpan<char> name) => bySpan.TryGetValue(name, out var node) ? node : null;

    /// <inheritdoc cref="Find(ReadOnlySpan{char})"/>
    public RequestNode? Find(string name) => byName.GetValueOrDefault(name);
}
