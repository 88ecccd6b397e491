using System.Buffers;
using System.Text.Unicode;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Cluster;

/// <summary>One published state of the node directory: every cached node reduced to <see cref="KubeNodeInfo"/>,
/// and per name the request node a NodeNames entry resolves to, looked up by the name's UTF-8 bytes as the request
/// carries them (<see cref="NodeNameIndex"/>: no string per name), with its name pre-encoded for the answers.
/// Every name has a slot; a change to a known node replaces the entry in its slot, a delete empties it, and both
/// keep the name index: only a name never seen before builds a new one (and drops the names of deleted nodes).
/// Immutable: a change that matters yields a new table sharing every other entry.</summary>
internal sealed class NodeTable
{
    private readonly NodeNameIndex names;
    private readonly RequestNode?[] entries;

    private NodeTable(NodeNameIndex names, RequestNode?[] entries)
    {
        this.names = names;
        this.entries = entries;
        Nodes = [.. entries.OfType<RequestNode>().Select(e => e.Cached!)];
    }

    /// <summary>Every cached node.</summary>
    public IReadOnlyList<KubeNodeInfo> Nodes { get; }

    public int Count => Nodes.Count;

    /// <summary>Nodes without a name are left out; of nodes with equal names the last is kept.</summary>
    public static NodeTable Of(IEnumerable<KubeNodeInfo> nodes)
    {
        var byName = new Dictionary<string, KubeNodeInfo>(StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => n.Name.Length > 0))
        {
            byName[node.Name] = node;
        }

        return new(new NodeNameIndex([.. byName.Keys]), [.. byName.Values.Select(Entry)]);
    }

    /// <summary>The cached node whose name has these UTF-8 bytes, or null.</summary>
    public RequestNode? Find(ReadOnlySpan<byte> utf8)
    {
        var slot = names.Find(utf8);
        return slot < 0 ? null : entries[slot];
    }

    /// <summary>The cached node of that name, or null (also for text that is not valid UTF-16).</summary>
    public RequestNode? Find(ReadOnlySpan<char> name) => SlotOf(name) is var slot and >= 0 ? entries[slot] : null;

    /// <inheritdoc cref="Find(ReadOnlySpan{char})"/>
    public RequestNode? Find(string name) => Find(name.AsSpan());

    /// <summary>This table with <paramref name="node"/> added or replaced; this very table when it reads alike.</summary>
    public NodeTable With(KubeNodeInfo node)
    {
        if (node.Name.Length == 0 || (Find(node.Name) is { } known && known.Cached!.ReadsAlike(node)))
        {
            return this;
        }

        var slot = SlotOf(node.Name);
        if (slot < 0)
        {
            RequestNode[] live = [.. entries.OfType<RequestNode>(), Entry(node)];
            return new(new NodeNameIndex([.. live.Select(e => e.Name)]), live);
        }

        return Replace(slot, Entry(node));
    }

    /// <summary>This table without the node of that name; this very table when it has none.</summary>
    public NodeTable Without(string name) => Find(name) is null ? this : Replace(SlotOf(name), null);

    /// <summary>The slot of that name (its node may be deleted), or -1.</summary>
    private int SlotOf(ReadOnlySpan<char> name)
    {
        var rented = name.Length > 128 ? ArrayPool<byte>.Shared.Rent(name.Length * 3) : null;
        Span<byte> utf8 = rented ?? stackalloc byte[384];
        try
        {
            return Utf8.FromUtf16(name, utf8, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? names.Find(utf8[..written])
                : -1;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private NodeTable Replace(int slot, RequestNode? entry)
    {
        var next = (RequestNode?[])entries.Clone();
        next[slot] = entry;
        return new(names, next);
    }

    private static RequestNode Entry(KubeNodeInfo node) =>
        ExtenderArgsReader.NameOnly(node.Name) with { Cached = node, Json = HostJson.Of(node.Name) };
}
