using System.Collections.Immutable;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>An immutable view of a cache: objects by key. Writers derive a new snapshot per change
/// (persistent collections share structure), readers never lock.</summary>
public sealed class CacheSnapshot<T>
    where T : class, IKubeObject
{
    private readonly ImmutableDictionary<string, T> items;

    private CacheSnapshot(ImmutableDictionary<string, T> items, long version)
    {
        this.items = items;
        Version = version;
    }

    public static CacheSnapshot<T> Empty { get; } = new(ImmutableDictionary<string, T>.Empty.WithComparers(StringComparer.Ordinal), 0);

    /// <summary>Grows by one with every change; lets readers memoise work derived from a snapshot.</summary>
    public long Version { get; }

    public int Count => items.Count;

    public IEnumerable<T> Items => items.Values;

    public IEnumerable<string> Keys => items.Keys;

    /// <summary>"namespace/name" for namespaced objects, "name" for cluster-scoped ones.</summary>
    public static string KeyOf(string? @namespace, string name) =>
        string.IsNullOrEmpty(@namespace) ? name : string.Concat(@namespace, "/", name);

    public static string KeyOf(T item) => KeyOf(item.Metadata.Namespace, item.Metadata.Name ?? "");

    public T? Get(string? @namespace, string name) => items.GetValueOrDefault(KeyOf(@namespace, name));

    public T? GetByKey(string key) => items.GetValueOrDefault(key);

    /// <summary>The object this snapshot already holds for <paramref name="listed"/> when both carry the same
    /// resourceVersion (the API server changes it with every write, so they are equal), else <paramref name="listed"/>.
    /// A relist that keeps its unchanged objects turns only its own fresh copies into garbage, which die young; replacing
    /// them would turn a whole cache of long-lived objects into garbage that only a full collection reclaims.</summary>
    public T Unchanged(T listed) =>
        listed.Metadata.ResourceVersion is { Length: > 0 } version
        && GetByKey(KeyOf(listed)) is { } held
        && held.Metadata.ResourceVersion == version
            ? held
            : listed;

    /// <summary>A snapshot holding exactly <paramref name="all"/> (a full list).</summary>
    public CacheSnapshot<T> ReplaceAll(IEnumerable<T> all)
    {
        var builder = Empty.items.ToBuilder();
        foreach (var item in all)
        {
            builder[KeyOf(item)] = item;
        }

        return new(builder.ToImmutable(), Version + 1);
    }

    /// <summary>A snapshot with <paramref name="item"/> added or replaced.</summary>
    public CacheSnapshot<T> Upsert(T item) => new(items.SetItem(KeyOf(item), item), Version + 1);

    /// <summary>A snapshot without the object at <paramref name="key"/> (unchanged when absent).</summary>
    public CacheSnapshot<T> Remove(string key) => items.ContainsKey(key) ? new(items.Remove(key), Version + 1) : this;
}
