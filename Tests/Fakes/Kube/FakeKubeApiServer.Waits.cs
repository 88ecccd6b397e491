namespace Stork.Tests.Fakes.Kube;

/// <summary>The test API for counting requests and waiting, without sleeping, for things to happen.</summary>
internal sealed partial class FakeKubeApiServer
{
    /// <summary>Requests of <paramref name="verb"/> to the collection (counted across namespaces, failed ones included).</summary>
    public int Requests(string collectionPath, FakeKubeVerb verb) => _counters.Requests(Normalize(collectionPath), verb);

    /// <summary>The raw query strings of the requests of <paramref name="verb"/> to the collection, in order.</summary>
    public IReadOnlyList<string> Queries(string collectionPath, FakeKubeVerb verb) => _counters.Queries(Normalize(collectionPath), verb);

    /// <summary>Watches on the collection that went live (a 410 answer does not count).</summary>
    public int WatchesOpened(string collectionPath) => _counters.WatchesOpened(Normalize(collectionPath));

    public int OpenWatches(string collectionPath) => _store.OpenWatches(KubeRoute.Collection(collectionPath).Type);

    /// <summary>Waits until <paramref name="count"/> watches on the collection have gone live in all (2 = reconnected
    /// once). Changes made after this returns reach the newest watch.</summary>
    public Task WaitForWatchAsync(string collectionPath, int count, TimeSpan timeout) => WaitUntilAsync(
        () => WatchesOpened(collectionPath) >= count, timeout, $"{count} watches on {collectionPath}");

    public Task WaitForRequestsAsync(string collectionPath, FakeKubeVerb verb, int count, TimeSpan timeout) => WaitUntilAsync(
        () => Requests(collectionPath, verb) >= count, timeout, $"{count} {verb} requests to {collectionPath}");

    public Task WaitForEventsAsync(int count, TimeSpan timeout) => WaitUntilAsync(
        () => Events.Count >= count, timeout, $"{count} events");

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking whenever the fake sees a request or a
    /// change; throws <see cref="TimeoutException"/> naming <paramref name="description"/>.</summary>
    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string description) =>
        _changed.WaitUntilAsync(condition, timeout, description);

    private static string Normalize(string collectionPath) => KubeRoute.Collection(collectionPath).Type.CollectionPath;
}
