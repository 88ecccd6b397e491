using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Stork.Shared.Storage.Portworx;

/// <summary>The storage node list, refreshed in the background and served from memory. A failing
/// refresh keeps the last good list in service until it is older than the stale-data limit.</summary>
internal sealed class PortworxNodeCache(
    PortworxSdkClient client, PortworxCallGuard guard, PortworxOptions options, TimeProvider time, ILogger logger)
{
    private const string Operation = "nodes";

    private readonly CallCoalescer<string, DriverResult<IReadOnlyList<StorageNode>>> _refreshes = new();
    private volatile Snapshot? _last;
    private volatile bool _failing;

    /// <summary>Time since the last good list; null before the first one.</summary>
    public TimeSpan? Age => _last is { } last ? time.GetUtcNow() - last.FetchedAt : null;

    public async ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetAsync(CancellationToken cancellationToken)
    {
        var last = _last;
        if (last is not null && time.GetUtcNow() - last.FetchedAt <= options.StaleDataLimit)
        {
            return DriverResult<IReadOnlyList<StorageNode>>.Ok(last.Nodes);
        }

        var result = await guard.WaitAsync(RefreshAsync(), cancellationToken);
        return result.IsSuccess ? result : DriverResult<IReadOnlyList<StorageNode>>.Fail(Unavailable(result.Error!));
    }

    /// <summary>Fetches the list now (joining a fetch already under way).</summary>
    public Task<DriverResult<IReadOnlyList<StorageNode>>> RefreshAsync() => _refreshes.RunAsync(Operation, _ => FetchAsync());

    private async Task<DriverResult<IReadOnlyList<StorageNode>>> FetchAsync()
    {
        var result = await guard.RunAsync<IReadOnlyList<StorageNode>>(Operation, async cancellationToken =>
            (await client.EnumerateNodesAsync(cancellationToken)).Select(PortworxNodeMapper.ToStorageNode).ToArray());
        if (result.IsSuccess)
        {
            _last = new Snapshot(result.Value!, time.GetUtcNow());
            if (_failing)
            {
                logger.PortworxNodesRecovered(result.Value!.Count);
            }
        }
        else
        {
            logger.PortworxNodeRefreshFailed(result.Error!);
        }

        _failing = !result.IsSuccess;
        return result;
    }

    private string Unavailable(string error)
    {
        var limit = options.StaleDataLimit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        var age = Age is { } value ? value.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) : null;
        return age is null
            ? $"Portworx storage nodes unavailable: {error}"
            : $"Portworx storage nodes unavailable: {error}; the last good list is {age}s old, beyond the {limit}s stale-data limit";
    }

    private sealed record Snapshot(IReadOnlyList<StorageNode> Nodes, DateTimeOffset FetchedAt);
}
