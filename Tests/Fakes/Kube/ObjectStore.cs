using System.Globalization;
using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>The fake's objects, the global resourceVersion, a bounded history of changes and the open
/// watches. Every write gets the next resourceVersion and is sent to the watches that see it.</summary>
internal sealed class ObjectStore(int historyLimit, ChangeSignal changed)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<KubeResourceType, SortedDictionary<string, JsonObject>> _objects =
        KubeResourceType.All.ToDictionary(t => t, _ => new SortedDictionary<string, JsonObject>(StringComparer.Ordinal));
    private readonly ChangeHistory _history = new(historyLimit);
    private readonly List<WatchSubscription> _watches = [];
    private long _version;

    public long Version
    {
        get
        {
            lock (_lock)
            {
                return _version;
            }
        }
    }

    /// <summary>Stores a prepared new object; null when one with its key exists.</summary>
    public JsonObject? TryCreate(KubeResourceType type, JsonObject prepared)
    {
        var key = KubeObjects.Key(type, prepared);
        lock (_lock)
        {
            return _objects[type].ContainsKey(key) ? null : Write(type, key, prepared, "ADDED");
        }
    }

    /// <summary>Replaces an existing object; null when there is none.</summary>
    public JsonObject? TryReplace(KubeResourceType type, JsonObject replacement)
    {
        var key = KubeObjects.Key(type, replacement);
        lock (_lock)
        {
            return _objects[type].TryGetValue(key, out var existing)
                ? Write(type, key, KubeObjects.PrepareReplacement(existing, replacement), "MODIFIED")
                : null;
        }
    }

    /// <summary>An update (PUT): replaces the object when it exists and, if the replacement names a resourceVersion,
    /// only while that is still the stored one (optimistic concurrency); <paramref name="conflict"/> says which failed.</summary>
    public JsonObject? TryUpdate(KubeResourceType type, JsonObject replacement, out bool conflict)
    {
        var key = KubeObjects.Key(type, replacement);
        lock (_lock)
        {
            conflict = false;
            if (!_objects[type].TryGetValue(key, out var existing))
            {
                return null;
            }

            var expected = (string?)replacement["metadata"]?["resourceVersion"];
            conflict = expected is not null && expected != (string?)existing["metadata"]?["resourceVersion"];
            return conflict ? null : Write(type, key, KubeObjects.PrepareReplacement(existing, replacement), "MODIFIED");
        }
    }

    /// <summary>Removes an object; its last state (with the deletion's resourceVersion), or null when absent.</summary>
    public JsonObject? TryRemove(KubeResourceType type, string? @namespace, string name)
    {
        var key = KubeObjects.Key(type, @namespace, name);
        lock (_lock)
        {
            return _objects[type].Remove(key, out var existing) ? Write(type, key, existing, "DELETED") : null;
        }
    }

    public JsonObject? Get(KubeResourceType type, string? @namespace, string name)
    {
        lock (_lock)
        {
            return _objects[type].TryGetValue(KubeObjects.Key(type, @namespace, name), out var obj) ? KubeObjects.Clone(obj) : null;
        }
    }

    /// <summary>Up to <paramref name="limit"/> items after <paramref name="afterKey"/>; null when
    /// <paramref name="listVersion"/> (of a continued list) is older than the history.</summary>
    public ListPage? List(KubeResourceType type, string? @namespace, int limit, string? afterKey, long? listVersion)
    {
        lock (_lock)
        {
            return _history.IsTooOld(listVersion)
                ? null
                : ListPage.Of(InScope(type, @namespace), limit, afterKey, listVersion ?? _version);
        }
    }

    public int Count(KubeResourceType type, string? @namespace)
    {
        lock (_lock)
        {
            return InScope(type, @namespace).Count();
        }
    }

    public IReadOnlyList<JsonObject> All(KubeResourceType type)
    {
        lock (_lock)
        {
            return _objects[type].Values.Select(KubeObjects.Clone).ToList();
        }
    }

    public int OpenWatches(KubeResourceType type)
    {
        lock (_lock)
        {
            return _watches.Count(w => w.Type == type);
        }
    }

    /// <summary>Opens a watch from <paramref name="fromVersion"/> (null: synthetic ADDED for everything
    /// there is, then changes), queueing the history after it first so no change is missed.</summary>
    public WatchStart Subscribe(KubeResourceType type, string? @namespace, long? fromVersion, bool bookmarks)
    {
        lock (_lock)
        {
            if (_history.IsTooOld(fromVersion))
            {
                return new WatchStart(null, WatchLines.TooOld(fromVersion!.Value, _history.CompactedThrough + 1));
            }

            var watch = new WatchSubscription(type, @namespace, bookmarks);
            var initial = fromVersion is { } from
                ? _history.LinesAfter(from, watch)
                : InScope(type, @namespace).Select(pair => WatchLines.Event("ADDED", pair.Value));
            foreach (var line in initial)
            {
                watch.Post(WatchMessage.Write(line));
            }

            _watches.Add(watch);
            changed.Pulse();
            return new WatchStart(watch, null);
        }
    }

    public void Unsubscribe(WatchSubscription watch)
    {
        lock (_lock)
        {
            _watches.Remove(watch);
        }

        changed.Pulse();
    }

    /// <summary>Sends each open watch the message <paramref name="toWatch"/> makes for it (null: nothing);
    /// watches told to close or abort stop receiving changes at once.</summary>
    public void Broadcast(Func<WatchSubscription, long, WatchMessage?> toWatch)
    {
        lock (_lock)
        {
            foreach (var watch in _watches.ToList())
            {
                if (toWatch(watch, _version) is not { } message)
                {
                    continue;
                }

                watch.Post(message);
                if (message.Kind != WatchMessageKind.Line)
                {
                    _watches.Remove(watch);
                }
            }
        }

        changed.Pulse();
    }

    /// <summary>Forgets the history: every resourceVersion before now is too old to watch from.</summary>
    public void Compact()
    {
        lock (_lock)
        {
            _history.CompactThrough(_version);
        }
    }

    private IEnumerable<KeyValuePair<string, JsonObject>> InScope(KubeResourceType type, string? @namespace) =>
        @namespace is null || !type.Namespaced
            ? _objects[type]
            : _objects[type].Where(pair => pair.Key.StartsWith(@namespace + "/", StringComparison.Ordinal));

    private JsonObject Write(KubeResourceType type, string key, JsonObject obj, string eventType)
    {
        _version++;
        KubeObjects.Metadata(obj)["resourceVersion"] = _version.ToString(CultureInfo.InvariantCulture);
        if (eventType != "DELETED")
        {
            _objects[type][key] = obj;
        }

        var @namespace = KubeObjects.Namespace(obj);
        var line = WatchLines.Event(eventType, obj);
        _history.Record(new StoredChange(_version, type, @namespace, line));

        foreach (var watch in _watches.Where(w => w.Sees(type, @namespace)))
        {
            watch.Post(WatchMessage.Write(line));
        }

        changed.Pulse();
        return KubeObjects.Clone(obj);
    }
}
