using Stork.Scoring.Placement;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>The gauges' counts, kept incrementally: replacing or removing one pod's verdict costs the same
/// whatever the number of pods. Thread-safe; readers get copies.</summary>
internal sealed class PlacementTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _pods = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Namespace, PodPlacement Placement), long> _byNamespace = [];
    private readonly long[] _byPlacement = new long[PlacementLevels.Placements.Length];
    private readonly long[] _byLevel = new long[PlacementLevels.All.Length];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _pods.Count;
            }
        }
    }

    /// <summary>Records <paramref name="verdict"/> for the pod at <paramref name="key"/> (null: not rated, removed).</summary>
    public void Set(string key, string @namespace, PlacementVerdict? verdict)
    {
        lock (_lock)
        {
            if (_pods.Remove(key, out var old))
            {
                Apply(old, -1);
            }

            if (verdict is not null)
            {
                var entry = new Entry(@namespace, verdict.Placement, [.. verdict.Volumes.Select(v => v.Level)]);
                _pods[key] = entry;
                Apply(entry, 1);
            }
        }
    }

    public void Remove(string key) => Set(key, "", null);

    public void Clear()
    {
        lock (_lock)
        {
            _pods.Clear();
            _byNamespace.Clear();
            Array.Clear(_byPlacement);
            Array.Clear(_byLevel);
        }
    }

    /// <summary>Pods by placement (every placement, zeros included).</summary>
    public long[] ByPlacement()
    {
        lock (_lock)
        {
            return [.. _byPlacement];
        }
    }

    /// <summary>Pods by namespace and placement (only non-zero pairs).</summary>
    public KeyValuePair<(string Namespace, PodPlacement Placement), long>[] ByNamespace()
    {
        lock (_lock)
        {
            return [.. _byNamespace];
        }
    }

    /// <summary>Scored volumes of rated pods by level (every level, zeros included).</summary>
    public long[] ByLevel()
    {
        lock (_lock)
        {
            return [.. _byLevel];
        }
    }

    private void Apply(Entry entry, int sign)
    {
        _byPlacement[(int)entry.Placement] += sign;
        var pair = (entry.Namespace, entry.Placement);
        var count = _byNamespace.GetValueOrDefault(pair) + sign;
        if (count == 0)
        {
            _byNamespace.Remove(pair);
        }
        else
        {
            _byNamespace[pair] = count;
        }

        foreach (var level in entry.Levels)
        {
            _byLevel[(int)level] += sign;
        }
    }

    private sealed record Entry(string Namespace, PodPlacement Placement, PlacementLevel[] Levels);
}
