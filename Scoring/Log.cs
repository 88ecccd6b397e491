using Microsoft.Extensions.Logging;

namespace Stork.Scoring;

/// <summary>Every log message of the scoring service, with stable event ids (3000-3099).</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Debug, "{Verb} pod {Namespace}/{Name}: {Outcome} ({Reason})")]
    public static partial void Decided(this ILogger logger, string verb, string @namespace, string name, string outcome, string reason);

    [LoggerMessage(3001, LogLevel.Information, "Rejected {Verb} request: {Message}")]
    public static partial void BadRequest(this ILogger logger, string verb, string message);

    [LoggerMessage(3002, LogLevel.Error, "{Verb} for pod {Namespace}/{Name} failed; answering as if no volume constrained it")]
    public static partial void DecisionFailed(this ILogger logger, Exception exception, string verb, string @namespace, string name);

    [LoggerMessage(3003, LogLevel.Warning, "Pod {Namespace}/{Name}: annotation or label {Key} is not a boolean; read as false")]
    public static partial void MalformedBoolean(this ILogger logger, string @namespace, string name, string key);

    [LoggerMessage(3004, LogLevel.Warning, "{Verb} for pod {Namespace}/{Name}: lookups passed the {Deadline} request deadline; answering as if no volume constrained it")]
    public static partial void DeadlineExceeded(this ILogger logger, string verb, string @namespace, string name, TimeSpan deadline);

    [LoggerMessage(3010, LogLevel.Warning, "NotHyperconverged event on pod {Namespace}/{Name} could not be created: {Error}")]
    public static partial void PlacementEventFailed(this ILogger logger, string @namespace, string name, string error);

    [LoggerMessage(3011, LogLevel.Error, "The placement watcher failed; it starts again")]
    public static partial void PlacementWatcherFailed(this ILogger logger, Exception exception);

    [LoggerMessage(3012, LogLevel.Information, "Placement leadership {State} (lease {Namespace}/{Lease}, identity {Identity})")]
    public static partial void PlacementLeadership(this ILogger logger, string state, string @namespace, string lease, string identity);
}
