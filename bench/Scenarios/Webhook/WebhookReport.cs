using System.Globalization;
using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Webhook;

/// <summary>The webhook scenario's markdown: every timed window, the summary against the floor with issue 4's and
/// issue 9's targets, and the offline breakdown.</summary>
internal sealed class WebhookReport(TextWriter output)
{
    private const double ThroughputTarget = 0.7;
    private const double P99TargetMilliseconds = 5;
    private const double InstrumentedThroughputTarget = 0.9;
    private const double P99OfFloorTarget = 2;

    public void Write(
        string loadAtStart, WebhookLoadOptions options, int bodyBytes, AdmissionCheck check, IReadOnlyList<LoadResult> results, IReadOnlyList<PhaseCost> breakdown)
    {
        output.WriteLine($"# webhook: /mutate over HTTPS with keep-alive, {options.Connections} connections");
        output.WriteLine();
        output.WriteLine($"{Machine.Describe()}; {loadAtStart} at the start, {Machine.LoadAverage()} at the end. Every server runs in a "
            + "child process of its own (`footprint --serve`), as in a cluster, but **on the same CPUs as the load generator**, which runs in "
            + "this process: server CPU and allocations are the server process's own. The client is as cheap as "
            + $"it can be and the same for every target: {options.Connections} workers, each with its own HttpClient and exactly one "
            + "keep-alive HTTP/1.1 TLS connection per server, in a closed loop (next request as soon as the answer is read), posting the "
            + $"prepared bytes of `samples/mysql-admission-review.json` ({Units.Count(bodyBytes)} B, a Pod CREATE) and reading the answer "
            + $"into a reused buffer. Each window: {options.Warmup.TotalSeconds:0} s warm-up, then {options.Window.TotalSeconds:0} s timed; "
            + "only requests that start and end inside it count. An untimed round 0 loads every target for a whole window first (so that "
            + "the code they share is fully jitted and the thread pool has settled); then each round loads every target one after the other, starting with a different one each round.");
        output.WriteLine();
        output.WriteLine($"- *{WebhookScenario.Deployed}*: `WebhookApp.Build([\"--urls\", \"https://127.0.0.1:0\", \"--tls-cert-file\", …, "
            + "\"--tls-key-file\", …, \"--cluster-snapshot\", \"samples/cluster.yaml\", \"--driver\", \"pxd\"])` with a generated P-256 "
            + "certificate, default options, as deployed: metrics (its own, ASP.NET Core's, HttpClient's, the runtime's) and tracing on, "
            + "no OTLP endpoint; console logs, here to stderr; nothing per admission unless it fails.");
        output.WriteLine($"- *{WebhookScenario.Logged}*: the same with `--Logging:LogLevel:Stork.Webhook.Admission Debug`: one console line "
            + "per admission, which is what an Information line per mutated pod cost before the webhook logged answers at Debug.");
        output.WriteLine($"- *{WebhookScenario.Floor}*: a bare Kestrel app on the same certificate (TLS 1.2+, slim builder, no logging) "
            + "that reads the body into a pooled buffer, runs a `Utf8JsonReader` over every token (cheaper than `JsonDocument.Parse`) "
            + "and answers `{}`.");
        output.WriteLine();
        output.WriteLine($"The webhook's answer (checked before timing, {Units.Count(check.AnswerBytes)} B): patch `{check.Patch}`; reason \"{check.Reason}\".");
        output.WriteLine();
        Windows(results);
        Summary(results);
        Breakdown(breakdown);
    }

    private void Windows(IReadOnlyList<LoadResult> results)
    {
        output.WriteLine("## Every timed window");
        output.WriteLine();
        output.WriteLine("*server CPU*, *server allocated* are the server process's per request, *server GC pauses* its total over the window; "
            + "*client CPU* is the load generator's per request.");
        output.WriteLine();
        var table = new MarkdownTable(
            "target", "round", "requests", "requests/s", "p50", "p90", "p99", "max", "errors", "server CPU", "server allocated", "server GC pauses", "client CPU");
        foreach (var r in results)
        {
            var latency = r.Latency;
            table.Add(
                r.Target, r.Round.ToString(CultureInfo.InvariantCulture), Units.Count(r.Milliseconds.Count), Rate(r.PerSecond),
                Ms(latency.At(50)), Ms(latency.At(90)), Ms(latency.At(99)), Ms(latency.Max), Units.Count(r.Errors),
                Micros(r.ServerCpuMicrosecondsPerRequest), Units.Bytes(r.ServerAllocatedPerRequest), Units.Milliseconds(r.Server.GcPause),
                Micros(r.ClientCpuMicrosecondsPerRequest));
        }

        table.WriteTo(output);
    }

    private void Summary(IReadOnlyList<LoadResult> results)
    {
        var floor = results.Where(r => r.Target == WebhookScenario.Floor).Average(r => r.PerSecond);
        var floorP99 = results.Where(r => r.Target == WebhookScenario.Floor).Max(r => r.Latency.At(99));
        output.WriteLine("## Summary, issue 4's and issue 9's targets");
        output.WriteLine();
        output.WriteLine($"Requests/s is the mean over rounds, *of floor* the ratio of the means; *each round* divides by the floor's "
            + $"throughput in the same round (the machine is shared: a busy stretch slows whatever runs in it). p50 and p99 are the worst "
            + $"round's; server CPU the mean per request. Targets: issue 4, ≥ {ThroughputTarget:P0} of the floor's throughput (of the means) "
            + $"and p99 ≤ {P99TargetMilliseconds} ms; issue 9 (metrics and tracing on), ≥ {InstrumentedThroughputTarget:P0} and p99 ≤ "
            + $"{P99OfFloorTarget}× the floor's worst p99.");
        output.WriteLine();
        var table = new MarkdownTable(
            "target", "requests/s", "of floor", "of floor, each round", "p50", "p99", "server CPU", "≥ 70% of floor", "p99 ≤ 5 ms", "≥ 90% of floor", "p99 ≤ 2× floor's");
        foreach (var group in results.GroupBy(r => r.Target))
        {
            var perSecond = group.Average(r => r.PerSecond);
            var p50 = group.Max(r => r.Latency.At(50));
            var p99 = group.Max(r => r.Latency.At(99));
            var cpu = group.Sum(r => r.Server.Cpu.TotalMicroseconds) / group.Sum(r => r.Milliseconds.Count);
            var isFloor = group.Key == WebhookScenario.Floor;
            table.Add(
                group.Key, Rate(perSecond), Percent(perSecond / floor), isFloor ? "" : string.Join(", ", group.Select(r => Percent(r.PerSecond / FloorOf(results, r.Round)))),
                Ms(p50), Ms(p99), Micros(cpu), isFloor ? "" : Met(perSecond >= ThroughputTarget * floor), Met(p99 <= P99TargetMilliseconds),
                isFloor ? "" : Met(perSecond >= InstrumentedThroughputTarget * floor), isFloor ? "" : Met(p99 <= P99OfFloorTarget * floorP99));
        }

        table.WriteTo(output);
    }

    private void Breakdown(IReadOnlyList<PhaseCost> breakdown)
    {
        output.WriteLine("## Where the webhook's time goes (offline, one thread, no HTTP/TLS/metrics/logging)");
        output.WriteLine();
        output.WriteLine("The steps of `MutateEndpoint` called directly on the running webhook's singletons: *decode* `AdmissionBodyReader.Parse` (envelope and Pod fields, one pass); "
            + "*facts* `RequestFacts.From` (the decision's input; the Pod was decoded with the body); *decide* `Admitter.AdmitAsync` (cache snapshots, rules, patch); "
            + "*encode* `AdmissionAnswer.Write` into a pooled buffer. *floor* is the floor's token pass over the same body.");
        output.WriteLine();
        var table = new MarkdownTable("step", "µs per call", "allocated per call");
        foreach (var phase in breakdown)
        {
            table.Add(phase.Phase, phase.Microseconds.ToString("N1", CultureInfo.InvariantCulture), Units.Bytes(phase.Allocated));
        }

        table.WriteTo(output);
    }

    private static double FloorOf(IReadOnlyList<LoadResult> results, int round) =>
        results.Single(r => r.Target == WebhookScenario.Floor && r.Round == round).PerSecond;

    private static string Percent(double ratio) => ratio.ToString("P0", CultureInfo.InvariantCulture);

    private static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double milliseconds) => milliseconds.ToString("N2", CultureInfo.InvariantCulture) + " ms";

    private static string Micros(double microseconds) => microseconds.ToString("N0", CultureInfo.InvariantCulture) + " µs";

    private static string Met(bool met) => met ? "yes" : "**no**";
}
