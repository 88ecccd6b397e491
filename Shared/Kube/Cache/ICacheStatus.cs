namespace Stork.Shared.Kube.Cache;

/// <summary>What readiness and metrics need to know of any cache, whatever it holds.</summary>
public interface ICacheStatus
{
    /// <summary>The resource's plural name, e.g. <c>persistentvolumeclaims</c>.</summary>
    string Resource { get; }

    bool IsSynced { get; }

    /// <summary>Completes once the first full list is in.</summary>
    Task WaitForSyncAsync(CancellationToken cancellationToken);

    int Count { get; }

    /// <summary>When the cache last heard from the API server (a list, an event, a bookmark or a clean close).</summary>
    DateTimeOffset? LastContact { get; }
}
