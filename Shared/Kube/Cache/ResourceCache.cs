using System.Collections.Immutable;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>The state of one list/watch cache. One writer (its informer) publishes immutable snapshots;
/// any number of readers read them without locks.</summary>
public sealed class ResourceCache<T> : IResourceCache<T>, ICacheStatus
    where T : class, IKubeObject
{
    private readonly TaskCompletionSource synced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ImmutableArray<Action<CacheChange<T>>> subscribers = [];
    private CacheSnapshot<T> snapshot;
    private long lastContactTicks;

    public ResourceCache(KubeResource<T> resource)
    {
        Resource = resource;
        snapshot = CacheSnapshot<T>.Empty;
    }

    public KubeResource<T> Resource { get; }

    string ICacheStatus.Resource => Resource.Plural;

    public bool IsSynced => synced.Task.IsCompleted;

    public CacheSnapshot<T> Snapshot => Volatile.Read(ref snapshot);

    public int Count => Snapshot.Count;

    public T? Get(string? @namespace, string name) => Snapshot.Get(@namespace, name);

    public DateTimeOffset? LastContact
    {
        get
        {
            var ticks = Interlocked.Read(ref lastContactTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public Task WaitForSyncAsync(CancellationToken cancellationToken) => synced.Task.WaitAsync(cancellationToken);

    /// <summary>Calls <paramref name="handler"/> on the writer's thread for every change; it must be quick and must not throw.</summary>
    public void Subscribe(Action<CacheChange<T>> handler) => ImmutableInterlocked.Update(ref subscribers, s => s.Add(handler));

    internal void MarkContact(DateTimeOffset now) => Interlocked.Exchange(ref lastContactTicks, now.UtcTicks);

    /// <summary>Applies an ADDED or MODIFIED watch event.</summary>
    internal void Upsert(T item)
    {
        var current = Snapshot;
        var type = current.GetByKey(CacheSnapshot<T>.KeyOf(item)) is null ? CacheChangeType.Added : CacheChangeType.Modified;
        Publish(current.Upsert(item));
        Notify(new(type, item));
    }

    /// <summary>Applies a DELETED watch event.</summary>
    internal void Delete(T item)
    {
        var current = Snapshot;
        var key = CacheSnapshot<T>.KeyOf(item);
        Publish(current.Remove(key));
        Notify(new(CacheChangeType.Deleted, current.GetByKey(key) ?? item));
    }

    /// <summary>Replaces everything with a full list, notifies the differences and marks the cache synced.</summary>
    internal void Replace(IReadOnlyList<T> items)
    {
        var previous = Snapshot;
        var next = previous.ReplaceAll(items);
        Publish(next);
        synced.TrySetResult();
        if (subscribers.IsEmpty)
        {
            return;
        }

        foreach (var item in items)
        {
            var old = previous.GetByKey(CacheSnapshot<T>.KeyOf(item));
            if (old is null || old.Metadata.ResourceVersion != item.Metadata.ResourceVersion)
            {
                Notify(new(old is null ? CacheChangeType.Added : CacheChangeType.Modified, item));
            }
        }

        foreach (var vanished in previous.Items.Where(old => next.GetByKey(CacheSnapshot<T>.KeyOf(old)) is null))
        {
            Notify(new(CacheChangeType.Deleted, vanished));
        }
    }

    private void Publish(CacheSnapshot<T> next) => Volatile.Write(ref snapshot, next);

    private void Notify(CacheChange<T> change)
    {
        foreach (var subscriber in subscribers)
        {
            subscriber(change);
        }
    }
}
