using System.Diagnostics;
using System.Globalization;
using Stork.Bench.Cluster;
using Stork.Bench.Reporting;
using Stork.Bench.Scenarios.Cache;
using Stork.Shared.Kube.Cache;
using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Scenarios;

/// <summary>Issues 2 and 12's cache benchmark: seeds the fake API server with a large cluster, then measures the bare
/// list (the fake's floor), the product caches synced one at a time and all together (time to synced,
/// managed memory held), and offline where the client's time goes (parse vs apply).</summary>
internal sealed class CacheSyncScenario : IBenchScenario
{
    public string Name => "cache";

    public string Usage => "cache [--scale F]   Node/PVC/PV/stork Pod caches: time to synced and managed memory held "
        + "(F = 1: 5,000 Nodes, 50,000 PVCs, 50,000 PVs, 50,000 Pods)";

    public async Task RunAsync(IReadOnlyList<string> args, TextWriter report, TextWriter progress, CancellationToken cancellationToken)
    {
        var shape = ClusterShape.Large.Scale(ScaleOf(args));
        var load = Machine.LoadAverage();
        var pageSize = new InformerOptions().PageSize;
        var before = ManagedHeap.SettledBytes();
        var fake = await FakeKubeApiServer.StartAsync();
        await using (fake)
        {
            progress.WriteLine($"seeding {shape.Nodes} nodes, {shape.Claims} PVCs, PVs and stork pods ...");
            var seeding = Stopwatch.StartNew();
            ClusterSeeder.SeedPods(fake, shape, ClusterSeeder.Seed(fake, shape), CacheTargets.SchedulerName);
            var seeded = (Took: seeding.Elapsed, FakeHeap: ManagedHeap.SettledBytes() - before);
            var floors = await FloorsAsync(fake, pageSize, progress, cancellationToken);

            var alone = new List<SyncResult>();
            foreach (var target in CacheTargets.All)
            {
                progress.WriteLine($"sync: {target.Resource} cache alone ...");
                alone.Add(await SyncRun.RunAsync(fake, [target], cancellationToken));
            }

            progress.WriteLine("sync: all four caches together ...");
            var together = await SyncRun.RunAsync(fake, CacheTargets.All, cancellationToken);
            var costs = await ClientWorkAsync(fake, pageSize, progress, cancellationToken);

            var writer = new CacheReport(report);
            writer.Header(shape, pageSize, seeded.Took, seeded.FakeHeap, load);
            writer.Objects(floors);
            writer.Floor(floors);
            writer.Sync(alone, together, floors);
            writer.Held(alone, together, floors);
            writer.Heap(together);
            writer.ClientWork(costs);
            writer.Targets(together);
        }
    }

    /// <summary>Per resource: the bare paged list, the fake's share of any list; measured on the second pass, when the
    /// fake's code is jitted (tier 1) as it is for the product runs that follow.</summary>
    private static async Task<List<FloorRun>> FloorsAsync(FakeKubeApiServer fake, int pageSize, TextWriter progress, CancellationToken cancellationToken)
    {
        var floors = new List<FloorRun>();
        foreach (var target in CacheTargets.All)
        {
            progress.WriteLine($"floor: bare list of {target.Resource}, once to warm the fake up, once measured ...");
            await RawLister.ListAsync(fake, target, pageSize, keepBodies: false, cancellationToken);
            var list = await RawLister.ListAsync(fake, target, pageSize, keepBodies: false, cancellationToken);
            floors.Add(new(target, fake.Count(target.CollectionPath), list));
        }

        return floors;
    }

    /// <summary>Per resource, offline on one thread: the list pages as served, parsed, then applied to a fresh cache.</summary>
    private static async Task<List<(string Resource, ParseApplyCost Cost)>> ClientWorkAsync(
        FakeKubeApiServer fake, int pageSize, TextWriter progress, CancellationToken cancellationToken)
    {
        var costs = new List<(string, ParseApplyCost)>();
        foreach (var target in CacheTargets.All)
        {
            progress.WriteLine($"client work: parse and apply {target.Resource} offline ...");
            var list = await RawLister.ListAsync(fake, target, pageSize, keepBodies: true, cancellationToken);
            costs.Add((target.Resource, target.MeasureParseApply(list.Bodies)));
        }

        return costs;
    }

    private static double ScaleOf(IReadOnlyList<string> args) => args switch
    {
        [] => 1,
        ["--scale", var text] when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0 => factor,
        _ => throw new ArgumentException("cache takes only --scale F, with F > 0", nameof(args)),
    };
}
