using Microsoft.Extensions.Logging;

namespace Stork.Shared;

/// <summary>The log messages of Stork.Shared. Event ids: telemetry 1200-1299.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning,
        Message = "Instrument {Instrument} of meter {Meter} is not exposed: metric {Metric} already exists with another type or buckets")]
    public static partial void MetricDefinitionConflict(this ILogger logger, string instrument, string meter, string metric);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Exporting traces and metrics of {ServiceName} over OTLP to {Endpoint}")]
    public static partial void OtlpExportStarted(this ILogger logger, string serviceName, string endpoint);
}
