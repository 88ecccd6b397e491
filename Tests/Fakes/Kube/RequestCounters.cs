namespace Stork.Tests.Fakes.Kube;

/// <summary>How many requests of each verb reached each collection, and how many watches went live.</summary>
internal sealed class RequestCounters(ChangeSignal changed)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Path, FakeKubeVerb Verb), int> _requests = [];
    private readonly Dictionary<string, int> _watchesOpened = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, FakeKubeVerb Verb), List<string>> _queries = [];

    public void CountRequest(string collectionPath, FakeKubeVerb verb, string query)
    {
        lock (_lock)
        {
            _requests[(collectionPath, verb)] = _requests.GetValueOrDefault((collectionPath, verb)) + 1;
            if (!_queries.TryGetValue((collectionPath, verb), out var queries))
            {
                _queries[(collectionPath, verb)] = queries = [];
            }

            queries.Add(query);
        }

        changed.Pulse();
    }

    public void CountWatchOpened(string collectionPath)
    {
        lock (_lock)
        {
            _watchesOpened[collectionPath] = _watchesOpened.GetValueOrDefault(collectionPath) + 1;
        }

        changed.Pulse();
    }

    public int Requests(string collectionPath, FakeKubeVerb verb)
    {
        lock (_lock)
        {
            return _requests.GetValueOrDefault((collectionPath, verb));
        }
    }

    public int WatchesOpened(string collectionPath)
    {
        lock (_lock)
        {
            return _watchesOpened.GetValueOrDefault(collectionPath);
        }
    }

    /// <summary>The query strings (as sent, still escaped) of every request of <paramref name="verb"/> to the collection.</summary>
    public IReadOnlyList<string> Queries(string collectionPath, FakeKubeVerb verb)
    {
        lock (_lock)
        {
            return _queries.TryGetValue((collectionPath, verb), out var queries) ? [.. queries] : [];
        }
    }
}
