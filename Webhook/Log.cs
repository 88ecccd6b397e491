namespace Stork.Webhook;

/// <summary>The webhook's log messages (event ids 2000-2099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Message = "{Request} {Namespace}/{Name} (uid {Uid}, dryRun {DryRun}): {Outcome}: {Reason}")]
    public static partial void AdmissionAnswered(
        this ILogger logger, LogLevel level, string request, string? @namespace, string name, string uid, bool dryRun, string outcome, string reason);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Rejected a /mutate request with HTTP 400: {Reason}")]
    public static partial void AdmissionRequestRejected(this ILogger logger, string? reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Deciding on pod {Namespace}/{Name} failed, admitting it unchanged")]
    public static partial void AdmissionFailed(this ILogger logger, Exception exception, string? @namespace, string name);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Serving TLS certificate from {CertFile}: subject {Subject}, thumbprint {Thumbprint}, expires {NotAfter:o}")]
    public static partial void CertificateLoaded(this ILogger logger, string certFile, string subject, string thumbprint, DateTime notAfter);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "TLS files {CertFile} and {KeyFile} changed but do not form a valid pair yet; keeping the current certificate: {Error}")]
    public static partial void CertificateReloadFailed(this ILogger logger, string certFile, string keyFile, string error);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Watching the TLS files failed; changes are still picked up by the periodic check")]
    public static partial void CertificateWatchFailed(this ILogger logger, Exception exception);
}
