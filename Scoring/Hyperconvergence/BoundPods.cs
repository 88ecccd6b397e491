using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>The bound pods the watcher rates, indexed by node and by claim so a node or PV change re-rates
/// only the pods it concerns. Used by the watcher's single loop only (not thread-safe).</summary>
internal sealed class BoundPods
{
    private readonly Dictionary<string, (string Node, string[] Claims)> _pods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byNode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byClaim = new(StringComparer.Ordinal);

    public IEnumerable<string> Keys => _pods.Keys;

    public static string KeyOf(Pod pod) => CacheSnapshot<Pod>.KeyOf(pod);

    public static bool IsBound(Pod pod) => !string.IsNullOrEmpty(pod.Spec.NodeName);

    public bool Contains(string key) => _pods.ContainsKey(key);

    /// <summary>Tracks a bound pod; true when it was not tracked before.</summary>
    public bool Track(Pod pod)
    {
        var key = KeyOf(pod);
        var isNew = !Forget(key);
        var claims = Claims(pod);
        _pods[key] = (pod.Spec.NodeName!, claims);
        Add(_byNode, pod.Spec.NodeName!, key);
        foreach (var claim in claims)
        {
            Add(_byClaim, claim, key);
        }

        return isNew;
    }

    /// <summary>Stops tracking; true when it was tracked.</summary>
    public bool Forget(string key)
    {
        if (!_pods.Remove(key, out var entry))
        {
            return false;
        }

        Remove(_byNode, entry.Node, key);
        foreach (var claim in entry.Claims)
        {
            Remove(_byClaim, claim, key);
        }

        return true;
    }

    public string[] OnNode(string node) => _byNode.TryGetValue(node, out var keys) ? [.. keys] : [];

    public string[] UsingClaim(string @namespace, string claim) =>
        _byClaim.TryGetValue(@namespace + "/" + claim, out var keys) ? [.. keys] : [];

    /// <summary><c>namespace/claim</c> of every PVC and generic ephemeral volume the pod mounts.</summary>
    private static string[] Claims(Pod pod)
    {
        var volumes = pod.Spec.Volumes ?? [];
        var claims = new List<string>(volumes.Count);
        foreach (var volume in volumes)
        {
            var claim = volume.PersistentVolumeClaim?.ClaimName
                ?? (volume.Ephemeral is null ? null : pod.Metadata.Name + "-" + volume.Name);
            if (claim is not null)
            {
                claims.Add(pod.Metadata.Namespace + "/" + claim);
            }
        }

        return [.. claims];
    }

    private static void Add(Dictionary<string, HashSet<string>> index, string at, string key)
    {
        if (!index.TryGetValue(at, out var keys))
        {
            index[at] = keys = new(StringComparer.Ordinal);
        }

        keys.Add(key);
    }

    private static void Remove(Dictionary<string, HashSet<string>> index, string at, string key)
    {
        if (index.TryGetValue(at, out var keys) && keys.Remove(key) && keys.Count == 0)
        {
            index.Remove(at);
        }
    }
}
