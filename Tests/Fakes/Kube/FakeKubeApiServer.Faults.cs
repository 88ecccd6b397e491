namespace Stork.Tests.Fakes.Kube;

/// <summary>The test API for faults and for steering open watches.</summary>
internal sealed partial class FakeKubeApiServer
{
    /// <summary>How long every answer (and the start of every watch) waits first.</summary>
    public TimeSpan Delay
    {
        get => _faults.Delay;
        set => _faults.Delay = value;
    }

    /// <summary>The next <paramref name="count"/> requests to <paramref name="path"/> (a collection path, an exact
    /// request path, or null for any) of <paramref name="verb"/> (null: any) get a Status with
    /// <paramref name="statusCode"/>; with <paramref name="retryAfterSeconds"/> also a <c>Retry-After</c> header.</summary>
    public void FailNext(string? path, int statusCode, int count = 1, int? retryAfterSeconds = null, FakeKubeVerb? verb = null) =>
        _faults.FailNext(path, verb, statusCode, count, retryAfterSeconds);

    /// <summary>The next <paramref name="count"/> watches answer a single ERROR 410 line, whatever their resourceVersion.</summary>
    public void ExpireNextWatches(int count = 1) => _faults.ExpireNextWatches(count);

    /// <summary>Forgets the change history (every older resourceVersion now gets 410) and ends each open
    /// watch with an ERROR 410 line.</summary>
    public void ExpireWatches()
    {
        _store.Compact();
        _store.Broadcast((_, version) => WatchMessage.WriteThenClose(WatchLines.TooOld(version, version + 1)));
    }

    /// <summary>Sends a BOOKMARK at the current resourceVersion to each open watch that allows bookmarks.</summary>
    public void SendBookmark() =>
        _store.Broadcast((watch, version) => watch.WantsBookmarks ? WatchMessage.Write(WatchLines.Bookmark(watch.Type, version)) : null);

    /// <summary>Ends every open watch cleanly, as the server does after timeoutSeconds.</summary>
    public void CloseWatches() => _store.Broadcast((_, _) => WatchMessage.Close);

    /// <summary>Aborts the connection of every open watch mid-stream.</summary>
    public void DropWatchConnections() => _store.Broadcast((_, _) => WatchMessage.Abort);

    /// <summary>Writes <paramref name="line"/>, as is, into every open watch of <paramref name="collectionPath"/>.</summary>
    public void InjectWatchLine(string collectionPath, string line)
    {
        var type = KubeRoute.Collection(collectionPath).Type;
        _store.Broadcast((watch, _) => watch.Type == type ? WatchMessage.Write(line) : null);
    }

    /// <summary>Writes a line that is not JSON into every open watch.</summary>
    public void InjectMalformedWatchLine() => _store.Broadcast((_, _) => WatchMessage.Write(WatchLines.Malformed));
}
