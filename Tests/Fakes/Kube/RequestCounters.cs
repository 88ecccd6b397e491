namespace Stork.Tests.Fakes.Kube;

/// <summary>How many requests of each verb reached each collection, and how many watches went live.</summary>
internal sealed class RequestCounters(ChangeSignal changed)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Path, FakeKubeVerb Verb), int> _requests = [];
    private readonly Dictionary<string, int> _watchesOpened = new(StringComparer.Ordinal);

    public void CountRequest(string collectionPath, FakeKubeVerb verb)
    {
        lock (_lock)
        {
            _requests[(collectionPath, verb)] = _requests.GetValueOrDefault((collectionPath, verb)) + 1;
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
}
