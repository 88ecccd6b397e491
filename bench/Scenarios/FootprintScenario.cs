using System.Globalization;
using Stork.Bench.Cluster;
using Stork.Bench.Reporting;
using Stork.Bench.Scenarios.Footprint;

namespace Stork.Bench.Scenarios;

/// <summary>Issue 8's sizing: each real service in a process of its own against the fake API server at 500, 5,000
/// and 15,000 Nodes (10 PVCs and PVs per Node, the shape of the cache scenario), synced and after a round of
/// requests: resident memory (now and peak) and the managed heap. The manifests' requests and limits come from here.</summary>
internal sealed class FootprintScenario : IBenchScenario
{
    private static readonly int[] DefaultNodes = [500, 5_000, 15_000];

    public string Name => "footprint";

    public string Usage => "footprint [--nodes N,N,...] [--processors P]   RSS and managed heap of each service, synced "
        + "(default 500, 5,000, 15,000 Nodes with 10 PVCs and PVs each; P sets DOTNET_PROCESSOR_COUNT of the services)";

    public async Task RunAsync(IReadOnlyList<string> args, TextWriter report, TextWriter progress, CancellationToken cancellationToken)
    {
        if (args.Count >= 2 && args[0] == "--serve")
        {
            await ServiceHost.RunAsync(args[1], [.. args.Skip(2)], report, cancellationToken);
            return;
        }

        var (sizes, processors) = Parse(args);
        var environment = processors is { } p
            ? new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = p.ToString(CultureInfo.InvariantCulture) }
            : new Dictionary<string, string>();
        var load = Machine.LoadAverage();
        var table = new MarkdownTable("nodes", "PVCs = PVs", "service", "ready after", "RSS", "peak RSS", "managed heap", "live after full GC", "GC committed");
        foreach (var nodes in sizes)
        {
            var shape = new ClusterShape(nodes, nodes * 10);
            foreach (var (service, synced, f) in await FootprintRun.RunAsync(shape, environment, progress, cancellationToken))
            {
                table.Add(
                    nodes.ToString("N0", CultureInfo.InvariantCulture), shape.Claims.ToString("N0", CultureInfo.InvariantCulture), service,
                    Units.Seconds(synced), Units.Megabytes(f.Rss), Units.Megabytes(f.PeakRss), Units.Megabytes(f.HeapBeforeCollect),
                    Units.Megabytes(f.HeapLive), Units.Megabytes(f.GcCommitted));
            }
        }

        report.WriteLine($"## Footprint ({Machine.Describe()}; services' processors: {processors?.ToString(CultureInfo.InvariantCulture) ?? "all"}; {load} at start, {Machine.LoadAverage()} at end)");
        report.WriteLine();
        table.WriteTo(report);
    }

    private static (IReadOnlyList<int> Sizes, int? Processors) Parse(IReadOnlyList<string> args)
    {
        IReadOnlyList<int> sizes = DefaultNodes;
        int? processors = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw Bad();
            switch (args[i])
            {
                case "--nodes":
                    sizes = [.. value.Split(',').Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw Bad())];
                    break;
                case "--processors" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p > 0:
                    processors = p;
                    break;
                default:
                    throw Bad();
            }
        }

        return (sizes, processors);
    }

    private static ArgumentException Bad() =>
        new("footprint takes --nodes N,N,... (N > 0) and --processors P (P > 0)", "args");
}
