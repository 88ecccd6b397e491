using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stork.Shared.Hosting.Flags;

namespace Stork.Shared.Hosting;

/// <summary>Runs a program from its command line: prints usage and the version, and turns command-line
/// mistakes and start-up failures into one line on stderr and exit code 2, never a stack trace (the
/// details are logged at debug level).</summary>
public static class ServiceHost
{
    /// <summary>Answers <c>--help</c>, <c>--version</c> and command-line errors, otherwise runs
    /// <paramref name="run"/> with the selected sub-command's verb (null for the program itself).</summary>
    internal static async Task<int> RunAsync(CommandSpec spec, string[] args, Func<string?, Task<int>> run)
    {
        switch (FlagParser.Parse(spec, args))
        {
            case CommandLineOutcome.Print print:
                await Console.Out.WriteAsync(print.Text);
                return 0;
            case CommandLineOutcome.Invalid invalid:
                await Console.Error.WriteLineAsync($"{(spec.CommandOf(args) ?? spec).Name}: {invalid.Message}");
                return 2;
            case CommandLineOutcome.Run selected:
                return await run(selected.Command);
            default:
                throw new InvalidOperationException("unknown command-line outcome");
        }
    }

    /// <summary>Builds and starts a service, then serves until shutdown. A failure to build or start is
    /// one line and exit code 2; a stop forced by a <see cref="HostFailure"/> exits with code 1.</summary>
    public static async Task<int> ServeAsync(string name, Func<WebApplication> build)
    {
        WebApplication? app = null;
        try
        {
            app = build();
            await app.StartAsync();
        }
        catch (Exception e)
        {
            app?.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceHost).FullName!).StartupFailed(e);
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            await Console.Error.WriteLineAsync($"{name}: {OneLine(e)}");
            return 2;
        }

        await using (app)
        {
            await app.WaitForShutdownAsync();
            return app.Services.GetService<HostFailure>() is { HasFailed: true } ? 1 : 0;
        }
    }

    /// <summary>Runs a one-shot command (<c>explain</c>, the demo): any failure is one line and exit code 2.</summary>
    public static async Task<int> RunCommandAsync(string name, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"{name}: {OneLine(e)}");
            return 2;
        }
    }

    /// <summary>Hosting logs a failed start with its stack trace before it throws; <see cref="ServeAsync"/>
    /// reports it in one line instead (and at debug level with the details).</summary>
    public static ILoggingBuilder QuietStartupFailures(this ILoggingBuilder logging) =>
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ");
}
