using Microsoft.Extensions.Logging;

namespace Stork.Shared;

/// <summary>Every log message of the shared library, with stable event ids: 1000-1099 Kubernetes client, caches and events;
/// 1100-1199 connection; 1200-1299 telemetry; 1300-1399 Portworx; 1400-1499 CSI; 1500-1599 hosting.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Cache {Resource} synced: {Count} objects at resourceVersion {ResourceVersion}")]
    public static partial void CacheSynced(this ILogger logger, string resource, int count, string resourceVersion);

    [LoggerMessage(1001, LogLevel.Warning, "Cache {Resource}: list failed ({Error}); retrying in {Delay}")]
    public static partial void ListFailed(this ILogger logger, string resource, string error, TimeSpan delay);

    [LoggerMessage(1002, LogLevel.Warning, "Cache {Resource}: watch failed ({Error}); retrying in {Delay}")]
    public static partial void WatchFailed(this ILogger logger, string resource, string error, TimeSpan delay);

    [LoggerMessage(1003, LogLevel.Information, "Cache {Resource}: resourceVersion {ResourceVersion} expired (410 Gone); listing again")]
    public static partial void WatchExpired(this ILogger logger, string resource, string resourceVersion);

    [LoggerMessage(1004, LogLevel.Warning, "Cache {Resource}: skipped a malformed watch line (object {Key}): {Reason}; {Suppressed} more skipped since the last warning")]
    public static partial void MalformedWatchLine(this ILogger logger, string resource, string key, string reason, int suppressed);

    [LoggerMessage(1005, LogLevel.Information, "Cache {Resource}: watch stream broke ({Error}); reconnecting")]
    public static partial void WatchDropped(this ILogger logger, string resource, string error);

    [LoggerMessage(1006, LogLevel.Warning, "Cache {Resource}: watch silent for {IdleTimeout}; reconnecting")]
    public static partial void WatchSilent(this ILogger logger, string resource, TimeSpan idleTimeout);

    [LoggerMessage(1007, LogLevel.Error, "Cache {Resource}: the API server rejected our credentials ({Error}); check the token or client certificate and RBAC")]
    public static partial void Unauthorized(this ILogger logger, string resource, string error);

    [LoggerMessage(1008, LogLevel.Critical, "Cache {Resource}: the cache loop crashed; stopping the host rather than serving stale data")]
    public static partial void CacheLoopCrashed(this ILogger logger, Exception exception, string resource);

    [LoggerMessage(1009, LogLevel.Warning, "Cache {Resource}: skipped list item {Key}: {Reason}; {Suppressed} more skipped since the last warning")]
    public static partial void RejectedListItem(this ILogger logger, string resource, string key, string reason, int suppressed);

    [LoggerMessage(1010, LogLevel.Warning, "Cache {Resource}: the watch expired again without progress; listing again in {Delay}")]
    public static partial void RelistDelayed(this ILogger logger, string resource, TimeSpan delay);

    [LoggerMessage(1020, LogLevel.Warning, "Event {Reason} on pod {Namespace}/{Name} dropped: the event queue is full")]
    public static partial void EventDropped(this ILogger logger, string reason, string @namespace, string name);

    [LoggerMessage(1021, LogLevel.Warning, "Event {Reason} on pod {Namespace}/{Name} could not be created: {Error}")]
    public static partial void EventFailed(this ILogger logger, string reason, string @namespace, string name, string error);

    [LoggerMessage(1030, LogLevel.Debug, "{Resource} {Namespace}/{Name} was not in the cache; read from the API, found: {Found}")]
    public static partial void ReadFromApiOnCacheMiss(this ILogger logger, string resource, string? @namespace, string name, bool found);

    [LoggerMessage(1300, LogLevel.Warning, "Portworx storage node refresh failed: {Error}")]
    public static partial void PortworxNodeRefreshFailed(this ILogger logger, string error);

    [LoggerMessage(1301, LogLevel.Information, "Portworx storage node list refreshed again ({Count} nodes)")]
    public static partial void PortworxNodesRecovered(this ILogger logger, int count);

    [LoggerMessage(1302, LogLevel.Warning, "Portworx volume {VolumeId} lookup failed: {Error}")]
    public static partial void PortworxVolumeLookupFailed(this ILogger logger, string volumeId, string error);

    [LoggerMessage(1303, LogLevel.Debug, "Serving Portworx volume {VolumeId} from a {AgeSeconds}s old answer")]
    public static partial void PortworxVolumeServedStale(this ILogger logger, string volumeId, double ageSeconds);

    [LoggerMessage(1304, LogLevel.Warning, "Portworx SDK circuit opened for {BreakSeconds}s: {Reason}")]
    public static partial void PortworxCircuitOpened(this ILogger logger, double breakSeconds, string reason);

    [LoggerMessage(1305, LogLevel.Information, "Portworx SDK circuit closed: calls flow again")]
    public static partial void PortworxCircuitClosed(this ILogger logger);

    [LoggerMessage(1500, LogLevel.Debug, "Start-up failed")]
    public static partial void StartupFailed(this ILogger logger, Exception exception);
}
