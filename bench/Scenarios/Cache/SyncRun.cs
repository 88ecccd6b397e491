using Stork.Bench.Reporting;
using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>One measured start of product caches: informer start to synced per cache, then the managed
/// memory each holds, found by stopping the informers and dropping the caches one at a time (a settled
/// heap after each drop; the difference is what that cache held).</summary>
internal static class SyncRun
{
    public static async Task<SyncResult> RunAsync(FakeKubeApiServer fake, IReadOnlyList<ICacheTarget> targets, CancellationToken cancellationToken)
    {
        var heap = new List<(string, long)> { ("before start (fake seeded)", ManagedHeap.SettledBytes()) };
        using var live = new LiveCaches(fake, targets);
        var (times, use, objects) = await live.StartAsync(cancellationToken);
        heap.Add(("all synced, informers watching", ManagedHeap.SettledBytes()));

        await live.StopInformersAsync(cancellationToken);

        // The informers' last continuations may have resumed this method inline, on a stack whose frames still
        // reference them; go on from a fresh thread-pool stack so that a dropped cache is really unreachable.
        await Task.Yield();
        heap.Add(("informers stopped, caches kept", ManagedHeap.SettledBytes()));
        var held = new long[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            live.DropCache(i);
            heap.Add(($"{targets[i].Resource} cache dropped", ManagedHeap.SettledBytes()));
            held[i] = heap[^2].Item2 - heap[^1].Item2;
        }

        live.DropClient();
        heap.Add(("API client dropped", ManagedHeap.SettledBytes()));
        return new SyncResult([.. targets.Select(t => t.Resource)], objects, times, use, held, heap);
    }
}
