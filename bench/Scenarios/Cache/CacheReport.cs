using System.Globalization;
using Stork.Bench.Cluster;
using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>The cache scenario's markdown: what was measured, how, and the numbers.</summary>
internal sealed class CacheReport(TextWriter output)
{
    private static readonly TimeSpan SyncTarget = TimeSpan.FromSeconds(10);
    private const long HeldTarget = 300L * 1024 * 1024;
    private const long PodsHeldTarget = 40L * 1024 * 1024;
    private const int PodsTargetCount = 50_000;
    private const long NoiseBytes = 2L * 1024 * 1024;

    /// <param name="loadAtStart">The machine's load when the scenario started (<see cref="Machine.LoadAverage"/>).</param>
    public void Header(ClusterShape shape, int pageSize, TimeSpan seeding, long fakeHeap, string loadAtStart)
    {
        output.WriteLine($"# cache: {Units.Count(shape.Nodes)} Nodes, {Units.Count(shape.Claims)} PVCs, {Units.Count(shape.Claims)} PVs, {Units.Count(shape.Claims)} stork Pods");
        output.WriteLine();
        output.WriteLine($"{Machine.Describe()}, {loadAtStart} at the start. The fake API server "
            + "(Kestrel, TLS, JsonObject store) runs in this process and shares its CPUs with the product client.");
        output.WriteLine($"Seeded in {Units.Seconds(seeding)}; the fake holds {Units.Megabytes(fakeHeap)} of managed heap. "
            + $"Informers use their defaults (pages of {pageSize}).");
        output.WriteLine();
    }

    public void Objects(IReadOnlyList<FloorRun> floors)
    {
        output.WriteLine("## Objects, as served (compact JSON list items; page envelopes included, < 1 byte per item)");
        output.WriteLine();
        var table = new MarkdownTable("resource", "objects", "average size", "all pages");
        foreach (var floor in floors)
        {
            table.Add(floor.Target.Resource, Units.Count(floor.Objects), Units.Kilobytes(floor.AverageBytes), Units.Megabytes(floor.List.Bytes));
        }

        table.WriteTo(output);
    }

    public void Floor(IReadOnlyList<FloorRun> floors)
    {
        output.WriteLine("## Floor: the fake serving the lists");
        output.WriteLine();
        output.WriteLine("A bare HttpClient (same TLS, token and page size) fetches every page and keeps nothing but the continue "
            + "token: this is the fake's cost (clone and serialize JsonObjects under its lock) plus TLS, the least any client can take. "
            + "CPU and allocations are the whole process's (almost all the fake's).");
        output.WriteLine();
        var table = new MarkdownTable(
            "resource", "pages", "list", "page p50", "page p90", "page max", "throughput", "CPU", "allocated", "per byte served", "GC pauses");
        foreach (var floor in floors)
        {
            var (pages, use) = (floor.PageMilliseconds, floor.List.Use);
            table.Add(
                floor.Target.Resource, Units.Count(floor.List.Pages), Units.Seconds(use.Wall), Units.Milliseconds(pages.At(50)),
                Units.Milliseconds(pages.At(90)), Units.Milliseconds(pages.Max), Units.Rate(floor.List.Bytes, use.Wall), Units.Seconds(use.Cpu),
                Units.Megabytes(use.Allocated), Units.Ratio((double)use.Allocated / floor.List.Bytes), Units.Seconds(use.GcPause));
        }

        table.WriteTo(output);
    }

    public void Sync(IReadOnlyList<SyncResult> alone, SyncResult together, IReadOnlyList<FloorRun> floors)
    {
        output.WriteLine("## Product caches: informer start to synced");
        output.WriteLine();
        output.WriteLine("Real `KubeApiClient` (TLS, bearer token, retry pipeline) and real `ResourceCache<T>` + `Informer<T>` with "
            + "`InformerOptions` defaults, one shared client; synced = "
            + "`ResourceCache<T>.WaitForSyncAsync` completed. CPU and allocated are the whole process's, start to last sync, so they "
            + "include the fake's; *client* = run − floor, the product's own cost (parse, apply, its side of HTTP and TLS), as a "
            + "difference of two runs good to about ±0.5 s (the offline table below measures the client's work precisely). *GC pauses* = `GC.GetTotalPauseDuration` over the run; every "
            + "full collection also marks the fake's objects, which a real service would not hold.");
        output.WriteLine();
        var table = new MarkdownTable(
            "run", "resource", "objects", "synced in", "floor", "CPU", "floor CPU", "client CPU", "client allocated", "GC pauses");
        foreach (var run in alone)
        {
            AddRow(table, "alone", run.Resources[0], run.Objects[0], run.SyncedAfter[0], run.Use, FloorOf(floors, run.Resources[0]));
        }

        for (var i = 0; i < together.Resources.Count; i++)
        {
            table.Add("together", together.Resources[i], Units.Count(together.Objects[i]), Units.Seconds(together.SyncedAfter[i]),
                Units.Seconds(FloorOf(floors, together.Resources[i]).Wall), "", "", "", "", "");
        }

        var floor = floors.Select(f => f.List.Use).Aggregate((sum, use) => sum + use);
        AddRow(table, "together", "**all**", together.Objects.Sum(), together.SyncedAfter.Max(), together.Use, floor);
        table.WriteTo(output);
    }

    public void Held(IReadOnlyList<SyncResult> alone, SyncResult together, IReadOnlyList<FloorRun> floors)
    {
        output.WriteLine("## Product caches: managed memory held");
        output.WriteLine();
        output.WriteLine("*Held* = managed bytes freed by dropping the cache once its informer has stopped (method below); "
            + "*vs JSON* = held per object / compact JSON size per object.");
        output.WriteLine();
        var table = new MarkdownTable("resource", "objects", "held alone", "held together", "per object", "vs JSON");
        for (var i = 0; i < together.Resources.Count; i++)
        {
            var perObject = (double)together.Held[i] / Math.Max(together.Objects[i], 1);
            var json = floors.Single(f => f.Target.Resource == together.Resources[i]).AverageBytes;
            table.Add(together.Resources[i], Units.Count(together.Objects[i]), Units.Megabytes(alone[i].TotalHeld), Units.Megabytes(together.Held[i]),
                Units.Bytes(perObject), (perObject / json).ToString("P0", CultureInfo.InvariantCulture));
        }

        table.Add("**all**", Units.Count(together.Objects.Sum()), Units.Megabytes(alone.Sum(a => a.TotalHeld)), Units.Megabytes(together.TotalHeld), "", "");
        table.WriteTo(output);
        var gaps = together.Resources.Select((resource, i) => (Resource: resource, Gap: together.Held[i] - alone[i].TotalHeld));
        foreach (var (resource, gap) in gaps.Where(g => Math.Abs(g.Gap) > NoiseBytes))
        {
            output.WriteLine($"Note: for {resource} the two runs differ by {Units.Megabytes(Math.Abs(gap))}. Memory released by something else "
                + "during that step (the runtime trimming pooled buffers the fake or HTTP no longer use) counts as freed by the drop; "
                + "the smaller figure is the cache's.");
            output.WriteLine();
        }
    }

    public void Heap(SyncResult together)
    {
        output.WriteLine("## Method: the managed heap through the together run");
        output.WriteLine();
        output.WriteLine("Each value is `GC.GetTotalMemory(true)` after `GC.Collect` + `WaitForPendingFinalizers` + `GC.Collect`. The fake "
            + "and its objects stay alive throughout, so every difference between steps is the product's: what a cache holds is "
            + "what dropping it frees.");
        output.WriteLine();
        var table = new MarkdownTable("step", "managed heap", "change");
        for (var i = 0; i < together.Heap.Count; i++)
        {
            var (step, bytes) = together.Heap[i];
            table.Add(step, Units.Megabytes(bytes), i == 0 ? "" : Signed(bytes - together.Heap[i - 1].Bytes));
        }

        table.WriteTo(output);
    }

    public void ClientWork(IReadOnlyList<(string Resource, ParseApplyCost Cost)> costs)
    {
        output.WriteLine("## Where the client's time goes (offline, one thread)");
        output.WriteLine();
        output.WriteLine("The pages as served, held in memory: *parse* = `JsonSerializer.Deserialize` of each page with the "
            + "source-generated list type; *apply* = `ResourceCache<T>.Replace` into an empty cache. "
            + "CPU is the process's over the step (the work plus the server GC's threads); allocated = `GC.GetAllocatedBytesForCurrentThread`.");
        output.WriteLine();
        var table = new MarkdownTable("resource", "objects", "parse", "parse CPU", "per object", "parse allocated", "apply", "apply CPU", "apply allocated");
        foreach (var (resource, cost) in costs)
        {
            table.Add(
                resource, Units.Count(cost.Objects), Units.Milliseconds(cost.Parse.Wall), Units.Milliseconds(cost.Parse.Cpu),
                Units.Microseconds(cost.Parse.Wall / Math.Max(cost.Objects, 1)), Units.Megabytes(cost.Parse.Allocated),
                Units.Milliseconds(cost.Apply.Wall), Units.Milliseconds(cost.Apply.Cpu), Units.Megabytes(cost.Apply.Allocated));
        }

        table.WriteTo(output);
    }

    public void Targets(SyncResult together)
    {
        output.WriteLine("## Targets (issues 2 and 12)");
        output.WriteLine();
        var pods = together.Resources.ToList().IndexOf(CacheTargets.StorkPods.Resource);
        var synced = together.SyncedAfter.Where((_, i) => i != pods).Max();
        var volumesAndNodes = together.TotalHeld - together.Held[pods];
        var podsHeld = (double)together.Held[pods] / Math.Max(together.Objects[pods], 1) * PodsTargetCount;
        new MarkdownTable("target", "measured", "met")
            .Add("Node, PVC and PV caches synced in < 10 s (together run)", Units.Seconds(synced), synced < SyncTarget ? "yes" : "no")
            .Add("< 300 MB held by the Node, PVC and PV caches", Units.Megabytes(volumesAndNodes), volumesAndNodes < HeldTarget ? "yes" : "no")
            .Add("50,000 stork pods cached ≤ 40 MB (held together, per pod × 50,000)", Units.Megabytes((long)podsHeld), podsHeld <= PodsHeldTarget ? "yes" : "no")
            .WriteTo(output);
        output.WriteLine($"Machine at the end: {Machine.LoadAverage()} (the product and the fake have {Environment.ProcessorCount} CPUs to share with it).");
    }

    private static void AddRow(MarkdownTable table, string run, string resource, int objects, TimeSpan synced, ResourceUse use, ResourceUse floor)
    {
        var client = use - floor;
        table.Add(run, resource, Units.Count(objects), Units.Seconds(synced), Units.Seconds(floor.Wall), Units.Seconds(use.Cpu),
            Units.Seconds(floor.Cpu), Units.Seconds(client.Cpu), Units.Megabytes(client.Allocated), Units.Seconds(use.GcPause));
    }

    private static ResourceUse FloorOf(IReadOnlyList<FloorRun> floors, string resource) =>
        floors.Single(f => f.Target.Resource == resource).List.Use;

    private static string Signed(long bytes) => (bytes >= 0 ? "+" : "−") + Units.Megabytes(Math.Abs(bytes));
}
