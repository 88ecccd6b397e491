namespace Stork.Scoring.Placement;

/// <summary>One string per distinct rack, zone and region key while a topology is built: a cluster has a few
/// dozen of them over thousands of nodes, so comparing two nodes' keys mostly stops at the reference check
/// instead of reading both strings.</summary>
internal sealed class LocalityKeys
{
    private readonly Dictionary<string, string> _keys;

    public LocalityKeys()
        : this(new Dictionary<string, string>(StringComparer.Ordinal))
    {
    }

    private LocalityKeys(Dictionary<string, string> keys) => _keys = keys;

    /// <summary>An independent copy, sharing the strings.</summary>
    public LocalityKeys Copy() => new(new Dictionary<string, string>(_keys, StringComparer.Ordinal));

    /// <summary>The same locality, each key the first equal string seen.</summary>
    public NodeLocality Shared(NodeLocality locality) =>
        new(Shared(locality.Rack), Shared(locality.Zone), Shared(locality.Region));

    private string Shared(string key)
    {
        if (_keys.TryGetValue(key, out var shared))
        {
            return shared;
        }

        _keys[key] = key;
        return key;
    }
}
