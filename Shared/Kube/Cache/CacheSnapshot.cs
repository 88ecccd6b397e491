using System.Collections.Immutable;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>An immutable view of a cache: objects by key plus secondary indexes. Writers derive a new
/// snapshot per change (persistent collections share structure), readers never lock.</summary>
public sealed class CacheSnapshot<T>
    where T : class, IKubeObject
{
    private static readonly ImmutableHashSet<string> NoKeys = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal);

    private readonly ImmutableDictionary<string, T> items;
    private readonly ImmutableArray<CacheIndex<T>> indexDefinitions;
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, ImmutableHashSet<string>>> indexes;

    private CacheSnapshot(
        ImmutableDictionary<string, T> items,
        ImmutableArray<CacheIndex<T>> indexDefinitions,
        ImmutableDictionary<string, ImmutableDictionary<string, ImmutableHashSet<string>>> indexes,
        long version)
    {
        this.items = items;
        this.indexDefinitions = indexDefinitions;
        this.indexes = indexes;
        Version = version;
    }

    /// <summary>Grows by one with every change; lets readers memoise work derived from a snapshot.</summary>
    public long Version { get; }

    public int Count => items.Count;

    public IEnumerable<T> Items => items.Values;

    public IEnumerable<string> Keys => items.Keys;

    public static CacheSnapshot<T> Empty(IEnumerable<CacheIndex<T>> indexes)
    {
        var definitions = indexes.ToImmutableArray();
        var empty = definitions.ToImmutableDictionary(
            d => d.Name, _ => ImmutableDictionary<string, ImmutableHashSet<string>>.Empty.WithComparers(StringComparer.Ordinal));
        return new(ImmutableDictionary<string, T>.Empty.WithComparers(StringComparer.Ordinal), definitions, empty, 0);
    }

    /// <summary>"namespace/name" for namespaced objects, "name" for cluster-scoped ones.</summary>
    public static string KeyOf(string? @namespace, string name) =>
        string.IsNullOrEmpty(@namespace) ? name : string.Concat(@namespace, "/", name);

    public static string KeyOf(T item) => KeyOf(item.Metadata.Namespace, item.Metadata.Name ?? "");

    public T? Get(string? @namespace, string name) => items.GetValueOrDefault(KeyOf(@namespace, name));

    public T? GetByKey(string key) => items.GetValueOrDefault(key);

    /// <summary>The objects whose index <paramref name="index"/> has key <paramref name="key"/>.</summary>
    public IEnumerable<T> ByIndex(string index, string key)
    {
        var keys = indexes[index].GetValueOrDefault(key, NoKeys);
        foreach (var itemKey in keys)
        {
            if (items.TryGetValue(itemKey, out var item))
            {
                yield return item;
            }
        }
    }

    /// <summary>A snapshot holding exactly <paramref name="all"/> (a full list).</summary>
    public CacheSnapshot<T> ReplaceAll(IEnumerable<T> all)
    {
        var next = Empty(indexDefinitions);
        var builder = next.items.ToBuilder();
        foreach (var item in all)
        {
            builder[KeyOf(item)] = item;
        }

        var indexBuilders = indexDefinitions.ToDictionary(d => d.Name, _ => new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
        foreach (var (key, item) in builder)
        {
            foreach (var definition in indexDefinitions)
            {
                if (definition.KeyOf(item) is { } indexKey)
                {
                    var set = indexBuilders[definition.Name].TryGetValue(indexKey, out var s) ? s : indexBuilders[definition.Name][indexKey] = new(StringComparer.Ordinal);
                    set.Add(key);
                }
            }
        }

        var builtIndexes = indexBuilders.ToImmutableDictionary(
            kv => kv.Key,
            kv => kv.Value.ToImmutableDictionary(e => e.Key, e => e.Value.ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
        return new(builder.ToImmutable(), indexDefinitions, builtIndexes, Version + 1);
    }

    /// <summary>A snapshot with <paramref name="item"/> added or replaced.</summary>
    public CacheSnapshot<T> Upsert(T item)
    {
        var key = KeyOf(item);
        var previous = items.GetValueOrDefault(key);
        var nextIndexes = indexes;
        foreach (var definition in indexDefinitions)
        {
            var oldKey = previous is null ? null : definition.KeyOf(previous);
            var newKey = definition.KeyOf(item);
            if (oldKey == newKey && previous is not null)
            {
                continue;
            }

            var index = nextIndexes[definition.Name];
            index = oldKey is null ? index : Without(index, oldKey, key);
            index = newKey is null ? index : index.SetItem(newKey, index.GetValueOrDefault(newKey, NoKeys).Add(key));
            nextIndexes = nextIndexes.SetItem(definition.Name, index);
        }

        return new(items.SetItem(key, item), indexDefinitions, nextIndexes, Version + 1);
    }

    /// <summary>A snapshot without the object at <paramref name="key"/> (unchanged when absent).</summary>
    public CacheSnapshot<T> Remove(string key)
    {
        if (!items.TryGetValue(key, out var previous))
        {
            return this;
        }

        var nextIndexes = indexes;
        foreach (var definition in indexDefinitions)
        {
            if (definition.KeyOf(previous) is { } oldKey)
            {
                nextIndexes = nextIndexes.SetItem(definition.Name, Without(nextIndexes[definition.Name], oldKey, key));
            }
        }

        return new(items.Remove(key), indexDefinitions, nextIndexes, Version + 1);
    }

    private static ImmutableDictionary<string, ImmutableHashSet<string>> Without(
        ImmutableDictionary<string, ImmutableHashSet<string>> index, string indexKey, string itemKey)
    {
        var remaining = index.GetValueOrDefault(indexKey, NoKeys).Remove(itemKey);
        return remaining.IsEmpty ? index.Remove(indexKey) : index.SetItem(indexKey, remaining);
    }
}
