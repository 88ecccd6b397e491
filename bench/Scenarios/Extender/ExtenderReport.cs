using System.Globalization;
using Stork.Bench.Reporting;
using Stork.Scoring.Extender;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>The extender scenario's markdown: setup, latency next to the floor, cost per node, and the issue's targets.</summary>
/// <param name="churn">Node updates per second during the timed runs (0: a cluster that never changes).</param>
internal sealed class ExtenderReport(TextWriter output, int churn)
{
    public void Write(string loadAtStart, IReadOnlyList<ExtenderSetup> setups, IReadOnlyList<ExtenderCase> cases)
    {
        output.WriteLine($"# extender: /filter and /prioritize at {string.Join(", ", setups.Select(s => Units.Count(s.Nodes)))} nodes"
            + (churn > 0 ? $", churn {churn} Node updates/s" : ""));
        output.WriteLine();
        output.WriteLine($"{Machine.Describe()}; {loadAtStart} at the start, {Machine.LoadAverage()} at the end. The service, the floor and "
            + "the client share this process and its CPUs. One keep-alive HttpClient sends every request, one at a time; each iteration "
            + "sends the body once to every endpoint of its row group, in rotating order, so service and floor see the same machine.");
        output.WriteLine();
        output.WriteLine((churn > 0
                ? "*Service*: `ScoringApp.Build([\"--urls\", \"http://127.0.0.1:0\", \"--kubeconfig\", FAKE_API, \"--portworx-endpoint\", FAKE_SDK])` "
                    + $"on the same cluster seeded into the in-process fake API server and fake OpenStorage SDK; during every timed run {churn} Node "
                    + "updates a second arrive through the watch (`NodeChurn`: heartbeat-style `lastHeartbeatTime` changes, one of them a second also "
                    + "changing a label). "
                : "*Service*: `ScoringApp.Build([\"--urls\", \"http://127.0.0.1:0\", \"--cluster-snapshot\", FILE, \"--driver\", \"pxd\"])`, ")
            + "default options (score scale stork). *Floor*: a bare Kestrel app (slim builder, no logging) that reads the body into a pooled buffer, "
            + "runs a `Utf8JsonReader` over every token (cheaper than `JsonDocument.Parse`, which also builds an index) and answers `{}`. "
            + "*Echo floor*: the same, answering the request body itself: the least a filter that must echo ~all full Node objects can cost; "
            + "for NodeNames bodies, what sending an answer of the request's size adds (a NodeNames filter answer is about that size).");
        output.WriteLine();
        Setup(setups);
        Latency(cases);
        PerNode(cases);
        Breakdown(cases);
        Targets(cases);
    }

    private void Setup(IReadOnlyList<ExtenderSetup> setups)
    {
        output.WriteLine("## Clusters");
        output.WriteLine();
        output.WriteLine("Nodes from `bench/Cluster/SyntheticNodes` (3 zones, 48 racks); one Portworx storage node per Node, every 100th Offline and "
            + "the one before it StorageDown; a StatefulSet pod mounting 1 or 3 bound Portworx CSI claims with 2, 3 and 3 replicas. "
            + "*Ready* runs from `ScoringApp.Build` (which parses the snapshot) to `/readyz` = 200. *Managed heap* is settled once ready: "
            + "the service's caches, the snapshot's JSON tree (snapshot mode keeps it for the service's lifetime; a live service does not "
            + "hold it), the bench's cluster and the floor.");
        output.WriteLine();
        var table = new MarkdownTable("nodes", "Node JSON (average)", "snapshot file", "ready", "managed heap");
        foreach (var setup in setups)
        {
            table.Add(Units.Count(setup.Nodes), Units.Kilobytes(setup.AverageNodeBytes), Units.Megabytes(setup.SnapshotBytes), Units.Seconds(setup.Ready), Units.Megabytes(setup.Heap));
        }

        table.WriteTo(output);
    }

    private void Latency(IReadOnlyList<ExtenderCase> cases)
    {
        output.WriteLine("## Latency, client-side (request sent to answer read)");
        output.WriteLine();
        output.WriteLine("*× floor* = service ÷ floor for the same body. *Allocated* (median) and *GC pause* (mean) are per request, whole process "
            + "(client + server; the client's share is the same for every row of a body); *GCs* counts the collections (of any "
            + "generation; generation 2 in brackets) that ran while that endpoint's requests were in flight; *slowest 1%: paused* says how many "
            + "of that endpoint's slowest 1% of requests the collector paused while they were in flight, and the mean pause over those slowest. Answers were checked before timing: "
            + "passing = Nodes − Offline, every node scored, a replica holder on top.");
        output.WriteLine();
        var table = new MarkdownTable(
            "nodes", "form", "vols", "endpoint", "body", "answer", "requests", "p50", "p99", "mean", "× floor p50", "× floor p99", "× floor mean", "allocated", "GC pause", "GCs (gen2)", "slowest 1%: paused");
        foreach (var c in cases)
        {
            Row(table, c, "filter", c.Filter);
            Row(table, c, "prioritize", c.Prioritize);
            Row(table, c, "floor", c.Floor);
            Row(table, c, "echo floor", c.EchoFloor);
        }

        table.WriteTo(output);
        output.WriteLine("Answers: " + string.Join("; ", cases.Select(c =>
            $"{Units.Count(c.Nodes)}/{Form(c.Body.Form)}/{c.Body.Volumes}: {Units.Count(c.Check.Passing)} pass, {Units.Count(c.Check.Failed)} fail, "
            + $"best score {c.Check.BestScore} ×{c.Check.AtBest}")));
        output.WriteLine();
    }

    private static void Row(MarkdownTable table, ExtenderCase c, string endpoint, RequestSamples samples)
    {
        var latency = samples.Latency;
        var isFloor = endpoint.EndsWith("floor", StringComparison.Ordinal);
        table.Add(
            Units.Count(c.Nodes), Form(c.Body.Form), c.Body.Volumes.ToString(CultureInfo.InvariantCulture), endpoint,
            Size(c.Body.Bytes.Length), Size(samples.ResponseBytes), Units.Count(latency.Count),
            Ms(latency.At(50)), Ms(latency.At(99)), Ms(samples.MeanMilliseconds),
            isFloor ? "" : Units.Ratio(latency.At(50) / c.Floor.Latency.At(50)),
            isFloor ? "" : Units.Ratio(latency.At(99) / c.Floor.Latency.At(99)),
            isFloor ? "" : Units.Ratio(samples.MeanMilliseconds / c.Floor.MeanMilliseconds),
            Size((long)samples.AllocatedPerRequest), Ms(samples.GcPausePerRequestMilliseconds),
            $"{samples.Collections.All} ({samples.Collections.Gen2})", Tail(samples));
    }

    private static string Tail(RequestSamples samples)
    {
        var (slowest, paused, pause) = samples.Tail;
        return paused == 0 ? $"0 of {slowest}" : $"{paused} of {slowest}, {Ms(pause)}";
    }

    private void PerNode(IReadOnlyList<ExtenderCase> cases)
    {
        var sizes = cases.Select(c => c.Nodes).Distinct().Order().ToArray();
        output.WriteLine("## Cost per node (p50 ÷ nodes, µs)");
        output.WriteLine();
        output.WriteLine("Linear cost shows as a flat row once the fixed per-request cost (HTTP, pod, volumes) is spread thin.");
        output.WriteLine();
        var table = new MarkdownTable(["form", "vols", "endpoint", .. sizes.Select(s => Units.Count(s) + " nodes")]);
        foreach (var group in cases.GroupBy(c => (c.Body.Form, c.Body.Volumes)))
        {
            foreach (var (endpoint, pick) in Endpoints)
            {
                var cells = sizes.Select(s => group.FirstOrDefault(c => c.Nodes == s) is { } c
                    ? (pick(c).Latency.At(50) * 1000 / s).ToString("N2", CultureInfo.InvariantCulture)
                    : "");
                table.Add([Form(group.Key.Form), group.Key.Volumes.ToString(CultureInfo.InvariantCulture), endpoint, .. cells]);
            }
        }

        table.WriteTo(output);
    }

    private void Breakdown(IReadOnlyList<ExtenderCase> cases)
    {
        output.WriteLine("## Where the service's time goes (offline, one thread, no HTTP)");
        output.WriteLine();
        output.WriteLine("The handler's phases called directly on the running service's singletons, as many times as the HTTP run: "
            + "*decode* `ExtenderArgsReader.Read`; *gather* `PlacementRequestBuilder.BuildAsync` (volumes and topology also timed alone; "
            + "the rest is resolving the candidates); *decide* the pure rule; *encode* `ExtenderResponseWriter` into a reused buffer (as the service writes NodeNames answers into a pooled one). "
            + "*floor* is the floor's token pass over the same body. Mean µs per call, then KB the thread allocated per call.");
        output.WriteLine();
        var phases = cases[0].Breakdown.Select(p => p.Phase).ToArray();
        var time = new MarkdownTable(["nodes", "form", "vols", .. phases]);
        var allocated = new MarkdownTable(["nodes", "form", "vols", .. phases]);
        foreach (var c in cases)
        {
            string[] key = [Units.Count(c.Nodes), Form(c.Body.Form), c.Body.Volumes.ToString(CultureInfo.InvariantCulture)];
            time.Add([.. key, .. c.Breakdown.Select(p => p.Microseconds.ToString("N0", CultureInfo.InvariantCulture))]);
            allocated.Add([.. key, .. c.Breakdown.Select(p => (p.Allocated / 1024).ToString("N0", CultureInfo.InvariantCulture))]);
        }

        output.WriteLine("µs per call:");
        output.WriteLine();
        time.WriteTo(output);
        output.WriteLine("KB allocated per call:");
        output.WriteLine();
        allocated.WriteTo(output);
    }

    private static readonly (string Name, Func<ExtenderCase, RequestSamples> Pick)[] Endpoints =
    [
        ("filter", c => c.Filter), ("prioritize", c => c.Prioritize), ("floor", c => c.Floor), ("echo floor", c => c.EchoFloor),
    ];

    private void Targets(IReadOnlyList<ExtenderCase> cases)
    {
        var largest = cases.Max(c => c.Nodes);
        output.WriteLine($"## Issue 11's targets at {Units.Count(largest)} nodes");
        output.WriteLine();
        output.WriteLine("*Allocated beyond the floor*: the service's median allocation per request less the floor's for the same body "
            + "(the client's share, which both include).");
        output.WriteLine();
        var table = new MarkdownTable("target", "vols", "endpoint", "measured", "met");
        foreach (var c in cases.Where(c => c.Nodes == largest))
        {
            var vols = c.Body.Volumes.ToString(CultureInfo.InvariantCulture);
            foreach (var (endpoint, samples) in new[] { ("filter", c.Filter), ("prioritize", c.Prioritize) })
            {
                if (c.Body.Form == NodeForm.NodeNames)
                {
                    var p50 = samples.Latency.At(50) / c.Floor.Latency.At(50);
                    var p99 = samples.Latency.At(99) / c.Floor.Latency.At(99);
                    var allocated = samples.AllocatedPerRequest - c.Floor.AllocatedPerRequest;
                    table.Add("NodeNames p50 ≤ 2 × floor", vols, endpoint, Units.Ratio(p50), Met(p50 <= 2));
                    table.Add("NodeNames p99 ≤ 3 × floor", vols, endpoint, Units.Ratio(p99), Met(p99 <= 3));
                    table.Add("NodeNames allocated beyond the floor ≤ 64 KB", vols, endpoint, Size((long)allocated), Met(allocated <= 64 * 1024));
                    continue;
                }

                if (endpoint == "prioritize")
                {
                    var ratio = samples.Latency.At(50) / c.Floor.Latency.At(50);
                    table.Add("full Nodes p50 ≤ 1.3 × floor", vols, endpoint, Units.Ratio(ratio), Met(ratio <= 1.3));
                }
                else
                {
                    var echoRatio = samples.Latency.At(50) / c.EchoFloor.Latency.At(50);
                    table.Add("full Nodes p50 ≤ 1.1 × echo floor", vols, endpoint, Units.Ratio(echoRatio), Met(echoRatio <= 1.1));
                }
            }
        }

        table.WriteTo(output);
    }

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static string Form(NodeForm form) => form == NodeForm.Nodes ? "Nodes" : "NodeNames";

    private static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "N2" : "N1", CultureInfo.InvariantCulture) + " ms";

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? Units.Megabytes(bytes) : Units.Kilobytes(bytes);
}
