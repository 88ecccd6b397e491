using Microsoft.Extensions.Logging;

namespace Stork.Shared;

/// <summary>Log messages of the shared library. Event ids: 1300-1399 Portworx driver.</summary>
internal static partial class Log
{
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
}
