using System.Diagnostics;
using System.Globalization;
using Stork.Bench.Scenarios.Footprint;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>One real service in a child process (the footprint scenario's <see cref="ServiceHost"/>) whose output is
/// drained all along, so that a chatty or crashing service never blocks on a full pipe. Keeps the last lines it
/// printed, tells whether it has exited (and how), and reads its resident memory from /proc.</summary>
internal sealed class SoakService : IAsyncDisposable
{
    private const int KeptLines = 12;

    private readonly Process process;
    private readonly Queue<string> tail = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SoakService(string name, Process process)
    {
        Name = name;
        this.process = process;
        process.OutputDataReceived += (_, e) => Received(e.Data, fromStdout: true);
        process.ErrorDataReceived += (_, e) => Received(e.Data, fromStdout: false);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"{name} exited before it listened"));
    }

    public string Name { get; }

    public bool HasExited => process.HasExited;

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    public static async Task<(SoakService Service, Uri Address)> StartAsync(string service, IEnumerable<string> flags, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(SoakService).Assembly.Location, "footprint", "--serve", service }.Concat(flags))
            info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var soak = new SoakService(service, process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return (soak, await soak.listening.Task.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken));
        }
        catch
        {
            await soak.DisposeAsync();
            throw;
        }
    }

    /// <summary>VmRSS of the child in bytes; null once it has exited.</summary>
    public long? Rss()
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The last lines the child printed (stdout and stderr, in arrival order).</summary>
    public IReadOnlyList<string> Tail()
    {
        lock (tail)
            return [.. tail];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                await process.StandardInput.WriteLineAsync("exit");
                await process.StandardInput.FlushAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Received(string? line, bool fromStdout)
    {
        if (line is null)
            return;
        if (fromStdout && line.StartsWith("listening ", StringComparison.Ordinal))
            listening.TrySetResult(new Uri(line["listening ".Length..]));
        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > KeptLines)
                tail.Dequeue();
        }
    }
}
