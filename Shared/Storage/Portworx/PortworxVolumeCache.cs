using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Volumes by id: reused for the TTL, refetched once invalidated (PV changed), and on SDK
/// failure served from the last good answer until it is older than the stale-data limit.</summary>
internal sealed class PortworxVolumeCache(
    PortworxSdkClient client, PortworxCallGuard guard, PortworxOptions options, TimeProvider time, ILogger logger)
{
    private const string Operation = "volume";

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly CallCoalescer<string, DriverResult<DriverVolume>> _lookups = new();

    public async ValueTask<DriverResult<DriverVolume>> GetAsync(string volumeId, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(volumeId, out var entry) && !entry.Invalidated && Age(entry) < options.VolumeTtl)
        {
            return DriverResult<DriverVolume>.Ok(entry.Volume);
        }

        var result = await guard.WaitAsync(_lookups.RunAsync(volumeId, FetchAsync), cancellationToken);
        if (!result.IsSuccess && _entries.TryGetValue(volumeId, out entry) && Age(entry) <= options.StaleDataLimit)
        {
            logger.PortworxVolumeServedStale(volumeId, Age(entry).TotalSeconds);
            return DriverResult<DriverVolume>.Ok(entry.Volume);
        }

        return result;
    }

    /// <summary>The next lookup asks the SDK; the old answer stays as the stale fallback.</summary>
    public void Invalidate(string volumeId)
    {
        while (_entries.TryGetValue(volumeId, out var entry) && !entry.Invalidated)
        {
            if (_entries.TryUpdate(volumeId, entry with { Invalidated = true }, entry))
            {
                return;
            }
        }
    }

    /// <summary>Forgets answers too old to serve even as a fallback (deleted volumes, mostly).</summary>
    public void Prune()
    {
        foreach (var pair in _entries)
        {
            if (Age(pair.Value) > options.StaleDataLimit)
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private async Task<DriverResult<DriverVolume>> FetchAsync(string volumeId)
    {
        var result = await guard.RunAsync(Operation, async cancellationToken =>
            PortworxVolumeMapper.ToDriverVolume(await client.InspectVolumeAsync(volumeId, cancellationToken)));
        if (result.IsSuccess)
        {
            _entries[volumeId] = new Entry(result.Value!, time.GetUtcNow(), Invalidated: false);
        }
        else
        {
            logger.PortworxVolumeLookupFailed(volumeId, result.Error!);
        }

        return result;
    }

    private TimeSpan Age(Entry entry) => time.GetUtcNow() - entry.FetchedAt;

    private sealed record Entry(DriverVolume Volume, DateTimeOffset FetchedAt, bool Invalidated);
}
