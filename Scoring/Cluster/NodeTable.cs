using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Cluster;

/// <summary>One published state of the node directory: every cached node reduced to <see cref="KubeNodeInfo"/>,
/// and per name the request node a NodeNames entry resolves to, looked up by the name's UTF-8 bytes as the request
/// carries them (<see cref="NodeNameIndex"/>: no string per name), which also holds the names the answers copy.
/// Every node has a slot, its index in <see cref="Nodes"/> (a topology built over them keeps its per-node data by
/// slot). A change to a known node replaces the entry in its slot and keeps the name index; a new name is appended
/// and a delete moves the last node into the freed slot, both building a new index: Node additions and deletions
/// are rare next to the heartbeats and label changes of a live cluster.
/// Immutable: a change that matters yields a new table sharing every other entry.</summary>
internal sealed class NodeTable
{
    private readonly NodeNameIndex names;
    private readonly RequestNode[] entries;
    private readonly KubeNodeInfo[] nodes;
    private readonly string[] nameAt;

    private NodeTable(NodeNameIndex names, RequestNode[] entries)
    {
        this.names = names;
        this.entries = entries;
        nodes = Array.ConvertAll(entries, e => e.Cached!);
        nameAt = Array.ConvertAll(entries, e => e.Name);
    }

    /// <summary>Every cached node, by slot.</summary>
    public IReadOnlyList<KubeNodeInfo> Nodes => nodes;

    public int Count => nodes.Length;

    /// <summary>Nodes without a name are left out; of nodes with equal names the last is kept.</summary>
    public static NodeTable Of(IEnumerable<KubeNodeInfo> nodes)
    {
        var byName = new Dictionary<string, KubeNodeInfo>(StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => n.Name.Length > 0))
        {
            byName[node.Name] = node;
        }

        return Indexed([.. byName.Values.Select((node, slot) => Entry(node, slot))]);
    }

    /// <summary>The slot of the cached node whose name has these UTF-8 bytes, or -1.</summary>
    public int SlotOf(ReadOnlySpan<byte> utf8) => names.Find(utf8);

    /// <summary>The request node of the cached node in <paramref name="slot"/>.</summary>
    public RequestNode EntryAt(int slot) => entries[slot];

    /// <summary>The name of the node in <paramref name="slot"/>, the very string of its <see cref="KubeNodeInfo.Name"/>.</summary>
    public string NameAt(int slot) => nameAt[slot];

    /// <summary>The name of the node in <paramref name="slot"/> as the UTF-8 bytes <see cref="Utf8JsonWriter"/> writes between
    /// quotes, or empty when it would escape some (<see cref="NodeNameIndex.PlainAt"/>).</summary>
    public ReadOnlySpan<byte> PlainNameAt(int slot) => names.PlainAt(slot);

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
            return Indexed([.. entries, Entry(node, entries.Length)]);
        }

        var next = (RequestNode[])entries.Clone();
        next[slot] = entries[slot] with { Name = node.Name, Cached = node };
        return new(names, next);
    }

    /// <summary>This table without the node of that name; this very table when it has none. The last node moves
    /// into the freed slot.</summary>
    public NodeTable Without(string name)
    {
        var gap = SlotOf(name);
        if (gap < 0)
        {
            return this;
        }

        var next = entries[..^1];
        if (gap < next.Length)
        {
            next[gap] = entries[^1] with { Slot = gap };
        }

        return Indexed(next);
    }

    /// <summary>The slot of that name, or -1.</summary>
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

    /// <summary>A table over <paramref name="entries"/> with a new name index.</summary>
    private static NodeTable Indexed(RequestNode[] entries) => new(new NodeNameIndex([.. entries.Select(e => e.Name)]), entries);

    private static RequestNode Entry(KubeNodeInfo node, int slot) =>
        ExtenderArgsReader.NameOnly(node.Name) with { Cached = node, Slot = slot };
}
