using Stork.Bench.Http;
using Stork.Bench.Reporting;
using Stork.Bench.Scenarios.Footprint;
using Stork.Bench.Scenarios.Webhook;
using Stork.Webhook;

namespace Stork.Bench.Scenarios;

/// <summary>Issue 4's and 9's webhook benchmark: admissions per second and latency of the real webhook over HTTPS with
/// keep-alive, closed-loop on N connections, next to a bare HTTPS floor measured in the same run, in interleaved
/// rounds. The webhook runs twice per round: as deployed, and with a log line per admission (Debug for its admission edge).
/// Each server is a child process of its own, as in a cluster: its CPU and allocations are measured apart from the load
/// generator's, and OpenTelemetry (whose listeners are process-wide) sees only its own service's requests.</summary>
internal sealed class WebhookScenario : IBenchScenario
{
    public const string Deployed = "webhook";
    public const string Logged = "webhook, admissions logged";
    public const string Floor = "floor";

    public string Name => "webhook";

    public string Usage => $"webhook {WebhookLoadOptions.Usage}   /mutate admissions/s and latency over HTTPS next to a bare "
        + "HTTPS floor (defaults: 32 connections, 10 s after 3 s warm-up, 3 rounds)";

    public async Task RunAsync(IReadOnlyList<string> args, TextWriter report, TextWriter progress, CancellationToken cancellationToken)
    {
        var options = WebhookLoadOptions.Parse(args)
            ?? throw new ArgumentException($"webhook takes only {WebhookLoadOptions.Usage}, with positive numbers", nameof(args));
        var samples = SampleFiles.Find(options.Samples)
            ?? throw new ArgumentException("cannot find samples/cluster.yaml and samples/mysql-admission-review.json; pass --samples DIR", nameof(args));
        var body = await File.ReadAllBytesAsync(samples.AdmissionReview, cancellationToken);
        var load = Machine.LoadAverage();
        var directory = Directory.CreateTempSubdirectory("stork-bench-webhook-").FullName;
        using var certificate = LoopbackCertificate.Create(directory);
        var connections = Enumerable.Range(0, options.Connections).Select(_ => Connection(certificate)).ToArray();
        try
        {
            var webhookFlags = new[]
            {
                "--urls", "https://127.0.0.1:0", "--tls-cert-file", certificate.CertificatePath, "--tls-key-file", certificate.KeyPath,
                "--cluster-snapshot", samples.Cluster, "--driver", "pxd", "--Logging:Console:LogToStandardErrorThreshold", "Trace",
            };
            var none = new Dictionary<string, string>();
            await using var deployed = await ServiceProcess.StartAsync("webhook", webhookFlags, none, cancellationToken);
            await using var logged = await ServiceProcess.StartAsync(
                "webhook", [.. webhookFlags, "--Logging:LogLevel:Stork.Webhook.Admission", "Debug"], none, cancellationToken);
            await using var floor = await ServiceProcess.StartAsync(
                "floor", ["--tls-cert-file", certificate.CertificatePath, "--tls-key-file", certificate.KeyPath], none, cancellationToken);
            await deployed.WaitReadyAsync(connections[0], cancellationToken);
            await logged.WaitReadyAsync(connections[0], cancellationToken);
            var check = await AdmissionCheck.RunAsync(connections[0], new Uri(deployed.Address, "/mutate"), body, cancellationToken);
            var targets = new Target[]
            {
                new(Floor, new Uri(floor.Address, FloorServer.ParsePath), floor),
                new(Deployed, new Uri(deployed.Address, "/mutate"), deployed),
                new(Logged, new Uri(logged.Address, "/mutate"), logged),
            };
            var results = await RoundsAsync(options, targets, connections, body, progress, cancellationToken);
            progress.WriteLine("offline breakdown of the webhook's steps ...");
            await using var local = await StartWebhookAsync(webhookFlags, connections[0], cancellationToken);
            var breakdown = await AdmissionBreakdown.MeasureAsync(local.Services, body, 20_000);
            new WebhookReport(report).Write(load, options, body.Length, check, results, breakdown);
        }
        finally
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Round 0 loads every target for a whole window, untimed, so that the code all of them share (Kestrel, TLS,
    /// the client) is jitted to its final tier and the thread pool has settled before any window counts; then each round loads every target, starting with a
    /// different one each round.</summary>
    private static async Task<List<LoadResult>> RoundsAsync(
        WebhookLoadOptions options, Target[] targets, HttpClient[] connections, byte[] body, TextWriter progress, CancellationToken cancellationToken)
    {
        progress.WriteLine($"round 0 (untimed): every target for {options.Window.TotalSeconds} s ...");
        foreach (var (name, endpoint, server) in targets)
        {
            await ClosedLoopLoad.RunAsync(name, 0, connections, endpoint, body, options.Window, TimeSpan.Zero, server.UseAsync, cancellationToken);
        }

        var results = new List<LoadResult>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            for (var k = 0; k < targets.Length; k++)
            {
                var (name, endpoint, server) = targets[(round - 1 + k) % targets.Length];
                progress.WriteLine($"round {round}: {name}, {options.Connections} connections, {options.Warmup.TotalSeconds} s warm-up + {options.Window.TotalSeconds} s ...");
                results.Add(await ClosedLoopLoad.RunAsync(name, round, connections, endpoint, body, options.Warmup, options.Window, server.UseAsync, cancellationToken));
            }
        }

        return results;
    }

    /// <summary>The webhook in this process, unloaded, for the offline breakdown (its singletons called directly).</summary>
    private static async Task<RunningServer> StartWebhookAsync(string[] flags, HttpClient client, CancellationToken cancellationToken)
    {
        var server = await RunningServer.StartAsync(WebhookApp.Build(flags), cancellationToken);
        await server.WaitReadyAsync(client, cancellationToken);
        return server;
    }

    /// <summary>One client per worker, with exactly one keep-alive connection per server (HTTP/1.1 over TLS).</summary>
    private static HttpClient Connection(LoopbackCertificate certificate)
    {
        var handler = certificate.TrustingHandler();
        handler.MaxConnectionsPerServer = 1;
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A loaded endpoint and the child process that serves it.</summary>
    private sealed record Target(string Name, Uri Endpoint, ServiceProcess Server);
}
