namespace Stork.Scoring.Placement;

/// <summary>The localities of a topology's storage nodes: per storage node an id (equal ids, equal localities), so
/// that per-locality work is done once per id, and one string per distinct key (<see cref="LocalityKeys"/>). A relabel
/// adds to a copy (a cluster has a few hundred localities); ids that fell out of use are dropped by the next full build.</summary>
internal sealed class Localities
{
    private readonly LocalityKeys _keys;
    private readonly Dictionary<NodeLocality, int> _ids;
    private readonly int[] _idAt;

    public Localities(int storageNodes)
        : this(new LocalityKeys(), [], new int[storageNodes])
    {
    }

    private Localities(LocalityKeys keys, Dictionary<NodeLocality, int> ids, int[] idAt)
    {
        _keys = keys;
        _ids = ids;
        _idAt = idAt;
    }

    /// <summary>Ids handed out (0 to this − 1).</summary>
    public int Count => _ids.Count;

    public int IdAt(int storageIndex) => _idAt[storageIndex];

    /// <summary>Gives storage node <paramref name="storageIndex"/> this locality; returns it with its keys shared.</summary>
    public NodeLocality Add(int storageIndex, NodeLocality locality)
    {
        var shared = _keys.Shared(locality);
        if (!_ids.TryGetValue(shared, out var id))
        {
            _ids[shared] = id = _ids.Count;
        }

        _idAt[storageIndex] = id;
        return shared;
    }

    public Localities Copy() => new(_keys.Copy(), new(_ids), (int[])_idAt.Clone());
}
