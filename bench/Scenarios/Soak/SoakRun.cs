using System.Diagnostics;
using System.Net;
using Stork.Bench.Http;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>One soak: the fakes seeded, both real services in child processes, then for the whole duration mixed
/// traffic, object updates, watch cuts and RSS samples at once; at the end each service's caches are compared with
/// the fake. A service that dies is reported, never waited for.</summary>
internal static class SoakRun
{
    private static readonly string[] Quiet = ["--Logging:LogLevel:Default", "Warning"];

    public static async Task<SoakResult> RunAsync(SoakOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("stork-soak-").FullName;
        try
        {
            await using var kube = await FakeKubeApiServer.StartAsync();
            await using var sdk = await FakePortworxSdkServer.StartAsync();
            progress.WriteLine($"seeding {options.Nodes} nodes, {options.Nodes * 10} PVCs and PVs ...");
            var cluster = SoakCluster.Seed(kube, sdk, options.Nodes);
            var kubeconfig = FakeKubeconfig.Write(kube, directory);
            using var certificate = LoopbackCertificate.Create(directory);

            progress.WriteLine("starting both services ...");
            var (webhook, webhookAddress) = await SoakService.StartAsync("webhook",
                ["--urls", "https://127.0.0.1:0", "--tls-cert-file", certificate.CertificatePath, "--tls-key-file", certificate.KeyPath,
                 "--kubeconfig", kubeconfig, .. Quiet], cancellationToken);
            await using var webhookProcess = webhook;
            var (scoring, scoringAddress) = await SoakService.StartAsync("scoring",
                ["--urls", "http://127.0.0.1:0", "--kubeconfig", kubeconfig, "--portworx-endpoint", sdk.Endpoint.ToString(), .. Quiet], cancellationToken);
            await using var scoringProcess = scoring;
            using var webhookClient = Client(webhookAddress, certificate);
            using var scoringClient = Client(scoringAddress, certificate);
            await WaitReadyAsync(webhookClient, webhook, cancellationToken);
            await WaitReadyAsync(scoringClient, scoring, cancellationToken);

            progress.WriteLine($"soaking for {options.Duration} ...");
            var tally = new SoakTally();
            var churn = new SoakChurn(kube, cluster);
            var cuts = new SoakCuts(kube);
            var samples = new[] { new RssSamples(webhook, webhookClient), new RssSamples(scoring, scoringClient) };
            var (valid, invalid) = SoakBodies.Create(cluster);
            var ran = Stopwatch.StartNew();
            using (var soak = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                soak.CancelAfter(options.Duration);
                await Task.WhenAll(
                    new SoakTraffic(webhookClient, scoringClient, valid, invalid, tally).RunAsync(soak.Token),
                    churn.RunAsync(options.UpdatesPerSecond, soak.Token),
                    cuts.RunAsync(options.CutEvery, soak.Token),
                    SampleAsync(samples, ran, progress, soak.Token));
            }

            foreach (var s in samples)
                await s.TakeAsync(ran.Elapsed, cancellationToken);
            var elapsed = ran.Elapsed;
            progress.WriteLine("traffic stopped; waiting for the caches to converge ...");
            return new SoakResult(options, elapsed, tally, churn.Done, cuts.Done,
            [
                await OutcomeAsync(samples[0], webhookClient, kube, cancellationToken),
                await OutcomeAsync(samples[1], scoringClient, kube, cancellationToken),
            ]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<ServiceOutcome> OutcomeAsync(RssSamples samples, HttpClient client, FakeKubeApiServer kube, CancellationToken cancellationToken)
    {
        var service = samples.Service;
        var (took, caches) = service.HasExited
            ? (null, ["not compared: the service had exited"])
            : await CacheConvergence.WaitAsync(client, kube, cancellationToken);
        return new ServiceOutcome(service.Name, samples, took, caches, service.ExitCode, service.HasExited ? service.Tail() : []);
    }

    private static async Task SampleAsync(RssSamples[] samples, Stopwatch ran, TextWriter progress, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(RssSamples.Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                foreach (var s in samples)
                    await s.TakeAsync(ran.Elapsed, stop);
                progress.WriteLine($"{ran.Elapsed:mm\\:ss} " + string.Join(", ", samples.Select(s =>
                    $"{s.Service.Name} {(s.Service.HasExited || s.All.Count == 0 ? "exited" : Describe(s.All[^1]))}")));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private static string Describe(MemorySample sample) =>
        $"RSS {Reporting.Units.Megabytes(sample.Rss)} (heap {Megabytes(sample.Heap)}, GC committed {Megabytes(sample.Committed)}, gen2 GCs {sample.Gen2Collections?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"})";

    private static string Megabytes(long? bytes) => bytes is { } b ? Reporting.Units.Megabytes(b) : "?";

    private static HttpClient Client(Uri address, LoopbackCertificate certificate)
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.Issuer == certificate.Ca.Subject },
        };
        return new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    private static async Task WaitReadyAsync(HttpClient client, SoakService service, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(5));
        while (!service.HasExited)
        {
            using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative), deadline.Token);
            if (ready.StatusCode == HttpStatusCode.OK)
                return;
            await Task.Delay(100, deadline.Token);
        }

        throw new InvalidOperationException($"{service.Name} exited (code {service.ExitCode}) before it was ready: " + string.Join(" | ", service.Tail()));
    }
}
