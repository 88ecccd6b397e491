namespace Stork.Tests.Fakes.Kube;

/// <summary>The last changes, up to a limit, and where the forgotten ones end. Not thread-safe: the
/// store calls it under its lock.</summary>
internal sealed class ChangeHistory(int limit)
{
    private readonly Queue<StoredChange> _changes = new();

    /// <summary>The newest resourceVersion whose change is forgotten; watching from before it is too old.</summary>
    public long CompactedThrough { get; private set; }

    public bool IsTooOld(long? version) => version < CompactedThrough;

    public void Record(StoredChange change)
    {
        _changes.Enqueue(change);
        while (_changes.Count > limit)
        {
            CompactedThrough = _changes.Dequeue().Version;
        }
    }

    public IEnumerable<string> LinesAfter(long version, WatchSubscription watch) =>
        _changes.Where(c => c.Version > version && watch.Sees(c.Type, c.Namespace)).Select(c => c.Line);

    /// <summary>Forgets everything up to <paramref name="version"/>.</summary>
    public void CompactThrough(long version)
    {
        CompactedThrough = version;
        _changes.Clear();
    }
}
