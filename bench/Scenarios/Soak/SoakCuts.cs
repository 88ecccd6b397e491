using System.Collections.Concurrent;
using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>A watch cut at a steady interval, alternating: every open watch's connection dropped, the history
/// expired (410 Gone on the next watch), a malformed line written into every open watch.</summary>
internal sealed class SoakCuts(FakeKubeApiServer kube)
{
    private readonly ConcurrentDictionary<string, long> done = new();

    public IReadOnlyDictionary<string, long> Done => done;

    public async Task RunAsync(TimeSpan every, CancellationToken stop)
    {
        (string Name, Action Cut)[] cuts =
        [
            ("connections dropped", kube.DropWatchConnections),
            ("history expired (410)", kube.ExpireWatches),
            ("malformed watch line", kube.InjectMalformedWatchLine),
        ];
        using var timer = new PeriodicTimer(every);
        try
        {
            for (var i = 0; await timer.WaitForNextTickAsync(stop); i++)
            {
                var (name, cut) = cuts[i % cuts.Length];
                cut();
                done.AddOrUpdate(name, 1, (_, n) => n + 1);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
