using System.Diagnostics;
using System.Runtime.CompilerServices;
using Stork.Bench.Http;
using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Webhook;

/// <summary>Closed-loop load: one worker per connection, each sending the next request as soon as the last
/// answer was read. A warm-up, then a timed window; only requests that start and end inside it count. The server's
/// own counters (<paramref name="serverTotals"/>, a child process) are read at both ends of the window.</summary>
internal static class ClosedLoopLoad
{
    private const int WarmingUp = 0;
    private const int Measuring = 1;
    private const int Stopping = 2;

    public static async Task<LoadResult> RunAsync(
        string target, int round, IReadOnlyList<HttpClient> connections, Uri endpoint, byte[] body, TimeSpan warmup, TimeSpan window,
        Func<CancellationToken, Task<ResourceUse>> serverTotals, CancellationToken cancellationToken)
    {
        var phase = new StrongBox<int>(WarmingUp);
        var workers = connections.Select(c => Task.Run(() => WorkerAsync(c, endpoint, body, phase, cancellationToken), cancellationToken)).ToArray();
        await Task.Delay(warmup, cancellationToken);
        var serverAtStart = await serverTotals(cancellationToken);
        var probe = ResourceUse.Start();
        Volatile.Write(ref phase.Value, Measuring);
        await Task.Delay(window, cancellationToken);
        Volatile.Write(ref phase.Value, Stopping);
        var client = probe.Stop();
        var server = await serverTotals(cancellationToken) - serverAtStart;
        var results = await Task.WhenAll(workers);
        return new(target, round, [.. results.SelectMany(r => r.Milliseconds)], results.Sum(r => r.Errors), client, server);
    }

    private static async Task<(List<double> Milliseconds, int Errors)> WorkerAsync(
        HttpClient connection, Uri endpoint, byte[] body, StrongBox<int> phase, CancellationToken cancellationToken)
    {
        var milliseconds = new List<double>(64 * 1024);
        var errors = 0;
        var buffer = new byte[16 * 1024];
        while (Volatile.Read(ref phase.Value) != Stopping)
        {
            var startedIn = Volatile.Read(ref phase.Value);
            var started = Stopwatch.GetTimestamp();
            var failed = false;
            try
            {
                await BodyPoster.PostAsync(connection, endpoint, body, buffer, cancellationToken);
            }
            catch (HttpRequestException)
            {
                failed = true;
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (startedIn == Measuring && Volatile.Read(ref phase.Value) == Measuring)
            {
                if (failed)
                {
                    errors++;
                }
                else
                {
                    milliseconds.Add(elapsed.TotalMilliseconds);
                }
            }
        }

        return (milliseconds, errors);
    }
}
