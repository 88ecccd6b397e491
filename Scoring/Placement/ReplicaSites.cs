using Stork.Shared.Storage;

namespace Stork.Scoring.Placement;

/// <summary>Where one volume's replicas live: the storage nodes holding them and their locality keys
/// (empty for Offline/Degraded nodes), in replica order. Replica ids unknown to the topology are
/// skipped, as Stork does.</summary>
internal sealed class ReplicaSites
{
    private readonly PodVolume _volume;
    private readonly StorageTopology _topology;
    private readonly int[] _indices;
    private readonly NodeLocality[] _localities;
    private string? _description;

    private ReplicaSites(PodVolume volume, StorageTopology topology, int[] indices)
    {
        _volume = volume;
        _topology = topology;
        _indices = indices;
        _localities = Array.ConvertAll(indices, i => topology[i].Locality);
    }

    public static ReplicaSites Of(PodVolume volume, StorageTopology topology)
    {
        var indices = new List<int>(volume.ReplicaNodeIds.Count);
        foreach (var id in volume.ReplicaNodeIds)
        {
            var index = topology.IndexOf(id);
            if (index >= 0)
            {
                indices.Add(index);
            }
        }

        return new(volume, topology, [.. indices]);
    }

    /// <summary>At least one replica is on a known storage node.</summary>
    public bool AnyKnown => _indices.Length > 0;

    /// <summary>At least one replica is on an Online storage node.</summary>
    public bool AnyOnline => Array.Exists(_indices, i => _topology[i].Node.Status == StorageNodeStatus.Online);

    public bool Holds(int storageIndex) => Array.IndexOf(_indices, storageIndex) >= 0;

    /// <summary>The indices in the topology of the storage nodes holding the replicas.</summary>
    public IReadOnlyList<int> StorageIndices => _indices;

    /// <summary>The level Stork's nested region/zone/rack loops reach for a node at <paramref name="node"/>,
    /// in closed form. Those loops treat an unknown (empty) key of the node as matching at that level and
    /// fall through: a region match needs the node's region empty or equal to a replica's; a zone match
    /// needs that plus the node's zone empty or equal to a replica's; only a non-empty key scores its
    /// level. A replica holder scores Replica (its own keys are among the replicas').</summary>
    public PlacementLevel LevelFor(in NodeLocality node, bool holdsReplica)
    {
        if (_localities.Length == 0)
        {
            return PlacementLevel.None;
        }

        if (holdsReplica)
        {
            return PlacementLevel.Replica;
        }

        if (node.Region.Length > 0 && !Any(node.Region, static l => l.Region))
        {
            return PlacementLevel.None;
        }

        var zoneMatches = node.Zone.Length == 0 || Any(node.Zone, static l => l.Zone);
        if (zoneMatches && node.Rack.Length > 0 && Any(node.Rack, static l => l.Rack))
        {
            return PlacementLevel.Rack;
        }

        if (zoneMatches && node.Zone.Length > 0)
        {
            return PlacementLevel.Zone;
        }

        return node.Region.Length > 0 ? PlacementLevel.Region : PlacementLevel.None;
    }

    /// <summary>e.g. <c>worker-1 (Online), worker-2 (Offline), 7f3a (not in the storage cluster)</c>.</summary>
    public string Describe() => _description ??= string.Join(", ", _volume.ReplicaNodeIds.Select(DescribeReplica));

    private string DescribeReplica(string id) =>
        _topology.FindById(id)?.Describe() ?? id + " (not in the storage cluster)";

    private bool Any(string key, Func<NodeLocality, string> level)
    {
        foreach (var locality in _localities)
        {
            if (string.Equals(level(locality), key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
