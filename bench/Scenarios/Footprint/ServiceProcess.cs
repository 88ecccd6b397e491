using System.Diagnostics;
using System.Net;
using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Footprint;

/// <summary>The parent side: one service in a child process of its own (<see cref="ServiceHost"/>), so that its
/// resident memory, CPU time and allocations are its own, not the fake API server's or the load generator's, and
/// its telemetry sees only its own requests (OpenTelemetry's listeners are process-wide).</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly Process process;

    private ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServiceProcess> StartAsync(string service, IEnumerable<string> flags, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(ServiceProcess).Assembly.Location, "footprint", "--serve", service }.Concat(flags))
            info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            info.Environment[name] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        try
        {
            var line = await ReadUntilAsync(process, l => l.StartsWith("listening ", StringComparison.Ordinal), cancellationToken);
            return new ServiceProcess(process, new Uri(line["listening ".Length..]));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async Task<Footprint> MeasureAsync(CancellationToken cancellationToken)
    {
        await process.StandardInput.WriteLineAsync("measure");
        await process.StandardInput.FlushAsync(cancellationToken);
        return Footprint.Parse(await ReadUntilAsync(process, l => Footprint.Parse(l) is not null, cancellationToken))!;
    }

    /// <summary>The child's <see cref="ResourceUse.Totals"/> now: two of them bracket a stretch of load.</summary>
    public async Task<ResourceUse> UseAsync(CancellationToken cancellationToken)
    {
        await process.StandardInput.WriteLineAsync("use");
        await process.StandardInput.FlushAsync(cancellationToken);
        return ResourceUse.Parse(await ReadUntilAsync(process, l => ResourceUse.Parse(l) is not null, cancellationToken))!.Value;
    }

    /// <summary>Polls <c>/readyz</c> with <paramref name="client"/> until it answers 200 (the service's caches synced).</summary>
    public async Task WaitReadyAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Patience);
        while (true)
        {
            using var ready = await client.GetAsync(new Uri(Address, "/readyz"), deadline.Token);
            if (ready.StatusCode == HttpStatusCode.OK)
                return;
            await Task.Delay(100, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await process.StandardInput.WriteLineAsync("exit");
            await process.StandardInput.FlushAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    /// <summary>The child's stdout up to the first line that satisfies <paramref name="wanted"/> (its log lines skipped).</summary>
    private static async Task<string> ReadUntilAsync(Process process, Func<string, bool> wanted, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Patience);
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            if (wanted(line))
                return line;
        }

        throw new InvalidOperationException($"the service process ended (exit code {process.ExitCode}) before answering");
    }
}
