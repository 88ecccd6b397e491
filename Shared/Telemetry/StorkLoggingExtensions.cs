using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Stork.Shared.Telemetry;

/// <summary>Console logging for both services.</summary>
internal static class StorkLoggingExtensions
{
    /// <summary>The configuration key of the log format (<c>--log-format json</c> on the command line).</summary>
    public const string LogFormatKey = "log-format";

    private const string AspNetCoreLevelKey = "Logging:LogLevel:Microsoft.AspNetCore";

    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    private const string UtcTimestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";

    /// <summary>
    /// Console logging, one line per entry with UTC timestamps: <c>log-format</c> <c>text</c> (default)
    /// selects the simple formatter, <c>json</c> the JSON formatter. Any other value fails at startup.
    /// </summary>
    public static ILoggingBuilder AddStorkLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        // ASP.NET Core's per-request lines cost more than an admission itself; keep them unless asked for.
        if (configuration[AspNetCoreLevelKey] is null)
        {
            logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        // While this category is enabled at any level, ASP.NET Core hosting makes an Activity and a log scope for every
        // request (about 0.3 KB and a few hundred nanoseconds each); its own lines are Information and Debug only.
        if (configuration[$"Logging:LogLevel:{HostingDiagnosticsCategory}"] is null)
        {
            logging.AddFilter(HostingDiagnosticsCategory, LogLevel.None);
        }

        var format = configuration[LogFormatKey];
        switch (format?.Trim().ToUpperInvariant())
        {
            case null or "" or "TEXT":
                return logging.AddSimpleConsole(options =>
                {
                    options.SingleLine = true;
                    options.UseUtcTimestamp = true;
                    options.TimestampFormat = UtcTimestamp;
                });
            case "JSON":
                return logging.AddJsonConsole(options =>
                {
                    options.JsonWriterOptions = options.JsonWriterOptions with { Indented = false };
                    options.UseUtcTimestamp = true;
                    options.TimestampFormat = UtcTimestamp.TrimEnd();
                });
            default:
                throw new InvalidOperationException(
                    $"Unknown log format '{format}' (option --{LogFormatKey}); expected 'text' or 'json'.");
        }
    }
}
