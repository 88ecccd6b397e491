using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Cluster;

/// <summary>One published state of the node directory: every cached node reduced to <see cref="KubeNodeInfo"/>,
/// and per name the request node a NodeNames entry resolves to, looked up by the decoded characters (no string
/// per name), with its name pre-encoded for the answers. Immutable: a change that matters yields a new table sharing every other entry.</summary>
internal sealed class NodeTable
{
    private readonly Dictionary<string, RequestNode> byName;
    private readonly Dictionary<string, RequestNode>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private NodeTable(Dictionary<string, RequestNode> byName)
    {
        this.byName = byName;
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Nodes = [.. byName.Values.Select(n => n.Cached!)];
    }

    /// <summary>Every cached node.</summary>
    public IReadOnlyList<KubeNodeInfo> Nodes { get; }

    public int Count => byName.Count;

    /// <summary>Nodes without a name are left out.</summary>
    public static NodeTable Of(IEnumerable<KubeNodeInfo> nodes)
    {
        var byName = new Dictionary<string, RequestNode>(StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => n.Name.Length > 0))
        {
            byName[node.Name] = Entry(node);
        }

        return new(byName);
    }

    /// <summary>The cached node of that name, or null.</summary>
    public RequestNode? Find(ReadOnlySpan<char> name) => bySpan.TryGetValue(name, out var node) ? node : null;

    /// <inheritdoc cref="Find(ReadOnlySpan{char})"/>
    public RequestNode? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>This table with <paramref name="node"/> added or replaced; this very table when it reads alike.</summary>
    public NodeTable With(KubeNodeInfo node)
    {
        if (node.Name.Length == 0 || (byName.TryGetValue(node.Name, out var known) && known.Cached!.ReadsAlike(node)))
        {
            return this;
        }

        return new(new Dictionary<string, RequestNode>(byName, StringComparer.Ordinal) { [node.Name] = Entry(node) });
    }

    /// <summary>This table without the node of that name; this very table when it has none.</summary>
    public NodeTable Without(string name)
    {
        if (!byName.ContainsKey(name))
        {
            return this;
        }

        var next = new Dictionary<string, RequestNode>(byName, StringComparer.Ordinal);
        next.Remove(name);
        return new(next);
    }

    private static RequestNode Entry(KubeNodeInfo node) =>
        ExtenderArgsReader.NameOnly(node.Name) with { Cached = node, Json = HostJson.Of(node.Name) };
}
