using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>Matches Kubernetes nodes to storage nodes in O(1) per node. A Kubernetes node K matches a
/// storage node D when <c>K.name == D.schedulerName</c>, or host-match(D.id, K.name), or
/// host-match(D.hostname, h) for a Hostname address h of K, or an InternalIP of K is one of D's IPs;
/// host-match(d, k) is <c>k == d</c> or <c>k</c> starting with <c>d + "."</c>. When several storage
/// nodes match (a re-installed node leaves an Offline twin), the one in the best state wins
/// (Online, StorageDown, Degraded, Offline), then the earliest rule in that order, then driver order.</summary>
internal sealed class StorageNodeIndex
{
    private readonly IReadOnlyList<StorageNode> _nodes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byScheduler;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byId;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byHostname;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byIp;

    public StorageNodeIndex(IReadOnlyList<StorageNode> nodes)
    {
        _nodes = nodes;
        _byScheduler = Build(nodes, n => [n.SchedulerNodeName]);
        _byId = Build(nodes, n => [n.Id]);
        _byHostname = Build(nodes, n => [n.Hostname]);
        _byIp = Build(nodes, n => n.Ips);
    }

    /// <summary>The index of the matching storage node, or -1.</summary>
    public int Match(KubeNodeInfo node)
    {
        var best = -1;
        Consider(ref best, Find(_byScheduler, node.Name));
        Consider(ref best, FindHost(_byId, node.Name));
        foreach (var hostname in node.Hostnames)
        {
            Consider(ref best, FindHost(_byHostname, hostname));
        }

        foreach (var ip in node.InternalIps)
        {
            Consider(ref best, Find(_byIp, ip));
        }

        return best;
    }

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Build(
        IReadOnlyList<StorageNode> nodes,
        Func<StorageNode, IReadOnlyList<string>> keys)
    {
        var map = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var key in keys(nodes[i]))
            {
                if (key.Length > 0 && (!map.TryGetValue(key, out var existing) || Rank(nodes[i]) < Rank(nodes[existing])))
                {
                    map[key] = i;
                }
            }
        }

        return map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static int Find(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> map, ReadOnlySpan<char> key) =>
        key.Length > 0 && map.TryGetValue(key, out var index) ? index : -1;

    /// <summary>Storage-side values d with host-match(d, <paramref name="name"/>): the name itself and
    /// each prefix that ends before a dot; the best-ranked wins.</summary>
    private int FindHost(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> map, string name)
    {
        var best = Find(map, name);
        for (var dot = name.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = name.IndexOf('.', dot + 1))
        {
            Consider(ref best, Find(map, name.AsSpan(0, dot)));
        }

        return best;
    }

    private void Consider(ref int best, int candidate)
    {
        if (candidate >= 0 && (best < 0 || Rank(_nodes[candidate]) < Rank(_nodes[best])))
        {
            best = candidate;
        }
    }

    private static int Rank(StorageNode node) => node.Status switch
    {
        StorageNodeStatus.Online => 0,
        StorageNodeStatus.StorageDown => 1,
        StorageNodeStatus.Degraded => 2,
        _ => 3,
    };
}
