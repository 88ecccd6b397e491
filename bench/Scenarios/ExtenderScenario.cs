using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Stork.Bench.Http;
using Stork.Bench.Reporting;
using Stork.Bench.Scenarios.Extender;
using Stork.Scoring;
using Stork.Scoring.Extender;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Bench.Scenarios;

/// <summary>Issue 3's extender benchmark: the real scoring service (cluster snapshot, <c>--driver pxd</c>) answers
/// <c>/filter</c> and <c>/prioritize</c> over loopback HTTP for 100, 1,000 and 5,000 nodes, 1 and 3 volumes,
/// NodeNames and full Nodes, next to a bare Kestrel floor measured with the same bodies in the same run. With
/// <c>--churn R</c> the service runs on the fake API server and fake SDK instead, and R Node updates a second
/// arrive through the watch during the timed runs (issue 11).</summary>
internal sealed class ExtenderScenario : IBenchScenario
{
    private static readonly int[] DefaultSizes = [100, 1_000, 5_000];
    private static readonly int[] VolumeCounts = [1, 3];
    private static readonly NodeForm[] Forms = [NodeForm.NodeNames, NodeForm.Nodes];

    /// <summary>Full Nodes bodies of 10,000 nodes and more exceed the default <c>--max-request-bytes</c> (64 MiB).</summary>
    private static readonly string[] RoomForLargeBodies = ["--max-request-bytes", "268435456", "--max-buffered-request-bytes", "1073741824"];

    public string Name => "extender";

    public string Usage => "extender [--nodes N,N,...] [--churn R]   /filter and /prioritize latency next to a bare JSON floor "
        + "(default 100,1000,5000 nodes; 1 and 3 volumes; NodeNames and full Nodes; R Node updates/s through the fake API server's watch)";

    public async Task RunAsync(IReadOnlyList<string> args, TextWriter report, TextWriter progress, CancellationToken cancellationToken)
    {
        var (sizes, churn) = Options(args);
        var load = Machine.LoadAverage();
        var directory = Directory.CreateTempSubdirectory("stork-bench-extender-").FullName;
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromMinutes(5) };
            await using var floor = await RunningServer.StartAsync(FloorServer.Build(certificate: null), cancellationToken);
            var setups = new List<ExtenderSetup>();
            var cases = new List<ExtenderCase>();
            foreach (var size in sizes)
            {
                var (setup, measured) = churn > 0
                    ? await RunLiveSizeAsync(size, churn, directory, client, floor.Address, progress, cancellationToken)
                    : await RunSizeAsync(size, directory, client, floor.Address, progress, cancellationToken);
                setups.Add(setup);
                cases.AddRange(measured);
            }

            new ExtenderReport(report, churn).Write(load, setups, cases);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(ExtenderSetup, List<ExtenderCase>)> RunSizeAsync(
        int size, string directory, HttpClient client, Uri floor, TextWriter progress, CancellationToken cancellationToken)
    {
        progress.WriteLine($"{size} nodes: building the cluster and its snapshot ...");
        var cluster = ExtenderCluster.Create(size);
        var snapshot = Path.Combine(directory, $"cluster-{size}.json");
        cluster.WriteSnapshot(snapshot);

        progress.WriteLine($"{size} nodes: starting the scoring service on the snapshot ...");
        var started = Stopwatch.GetTimestamp();
        var app = ScoringApp.Build(
            ["--urls", "http://127.0.0.1:0", "--cluster-snapshot", snapshot, "--driver", "pxd", .. RoomForLargeBodies,
             "--Logging:Console:LogToStandardErrorThreshold", "Trace"]);
        await using var service = await RunningServer.StartAsync(app, cancellationToken);
        await service.WaitReadyAsync(client, cancellationToken);
        var ready = Stopwatch.GetElapsedTime(started);
        var setup = new ExtenderSetup(size, cluster.AverageNodeBytes, new FileInfo(snapshot).Length, ready, ManagedHeap.SettledBytes());
        return (setup, await MeasureAsync(cluster, service, floor, client, progress, null, cancellationToken));
    }

    /// <summary>The cluster in the fakes, the service on them, and <paramref name="churn"/> Node updates a second
    /// through the watch while requests are timed.</summary>
    private static async Task<(ExtenderSetup, List<ExtenderCase>)> RunLiveSizeAsync(
        int size, int churn, string directory, HttpClient client, Uri floor, TextWriter progress, CancellationToken cancellationToken)
    {
        progress.WriteLine($"{size} nodes: seeding the fake API server and SDK ...");
        var cluster = ExtenderCluster.Create(size);
        await using var kube = await FakeKubeApiServer.StartAsync();
        await using var sdk = await FakePortworxSdkServer.StartAsync();
        cluster.Seed(kube, sdk);
        var kubeconfig = FakeKubeconfig.Write(kube, directory);

        progress.WriteLine($"{size} nodes: starting the scoring service on the fakes ...");
        var started = Stopwatch.GetTimestamp();
        var app = ScoringApp.Build(
            ["--urls", "http://127.0.0.1:0", "--kubeconfig", kubeconfig, "--portworx-endpoint", sdk.Endpoint.ToString(), .. RoomForLargeBodies,
             "--Logging:LogLevel:Default", "Warning", "--Logging:Console:LogToStandardErrorThreshold", "Trace"]);
        await using var service = await RunningServer.StartAsync(app, cancellationToken);
        await service.WaitReadyAsync(client, cancellationToken);
        var setup = new ExtenderSetup(size, cluster.AverageNodeBytes, 0, Stopwatch.GetElapsedTime(started), ManagedHeap.SettledBytes());
        return (setup, await MeasureAsync(cluster, service, floor, client, progress, () => NodeChurn.Start(cluster, kube, churn), cancellationToken));
    }

    /// <summary>Every body: first checked (<see cref="AnswerCheck"/>), then all warmed up (<see cref="WarmUpAsync"/>), then each timed
    /// over HTTP and broken down offline.</summary>
    /// <param name="churn">Starts the Node updates around each timed run, or null.</param>
    private static async Task<List<ExtenderCase>> MeasureAsync(
        ExtenderCluster cluster, RunningServer service, Uri floor, HttpClient client, TextWriter progress, Func<NodeChurn>? churn,
        CancellationToken cancellationToken)
    {
        var size = cluster.Count;
        var bodies = Forms.SelectMany(form => VolumeCounts.Select(volumes => ExtenderBody.Create(cluster, form, volumes))).ToArray();
        var checks = new List<AnswerCheck>();
        foreach (var body in bodies)
        {
            checks.Add(await AnswerCheck.RunAsync(client, service.Address, body, cluster, cancellationToken));
        }

        await WarmUpAsync(bodies, service, floor, client, progress, cancellationToken);
        var cases = new List<ExtenderCase>();
        foreach (var (body, check) in bodies.Zip(checks))
        {
            var (warmup, iterations) = IterationsFor(body.Bytes.Length);
            progress.WriteLine($"{size} nodes, {body.Form}, {body.Volumes} volume(s): {Units.Megabytes(body.Bytes.Length)} body, {warmup} + {iterations} iterations ...");
            ManagedHeap.SettledBytes(); // setup's garbage is collected now, not during the timed requests
            RequestSamples[] samples;
            IReadOnlyList<PhaseCost> breakdown;
            await using (var updates = churn?.Invoke())
            {
                samples = await InterleavedRun.RunAsync(client, Endpoints(service.Address, floor), body.Bytes, warmup, iterations, cancellationToken);
                breakdown = await HandlerBreakdown.MeasureAsync(service.Services, body, iterations);
                if (updates is not null)
                {
                    progress.WriteLine($"  {updates.Updates} Node updates sent meanwhile");
                }
            }

            cases.Add(new(size, body, check, samples[0], samples[1], samples[2], samples[3], breakdown));
        }

        return cases;
    }

    /// <summary>Rounds of every body on every endpoint and through the offline breakdown, untimed, until a round (and a pause
    /// after it for the runtime's background compiler) leaves the number of methods the JIT compiled unchanged: no body is
    /// timed while code it runs, or the bench's own, is still being compiled or promoted to optimized code. One round is not
    /// enough: the runtime promotes a method only once no new method was compiled for a while (100 ms), so a round that
    /// compiles the next body's code keeps the last one's slow code in place.</summary>
    private static async Task WarmUpAsync(
        ExtenderBody[] bodies, RunningServer service, Uri floor, HttpClient client, TextWriter progress, CancellationToken cancellationToken)
    {
        const int MaxRounds = 8;
        progress.WriteLine("warming every body up on every endpoint and offline (untimed) until the JIT settles ...");
        for (var round = 1; round <= MaxRounds; round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            foreach (var body in bodies)
            {
                var warmup = IterationsFor(body.Bytes.Length).Warmup;
                await InterleavedRun.RunAsync(client, Endpoints(service.Address, floor), body.Bytes, warmup, 0, cancellationToken);
                await HandlerBreakdown.MeasureAsync(service.Services, body, warmup);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            var settled = JitInfo.GetCompiledMethodCount() == compiled;
            progress.WriteLine($"  warm-up round {round}: {JitInfo.GetCompiledMethodCount() - compiled} methods compiled{(settled ? ", settled" : "")}");
            if (settled)
            {
                return;
            }
        }
    }

    /// <summary>The service's two verbs, the floor and the echo floor.</summary>
    private static Uri[] Endpoints(Uri service, Uri floor) =>
        [new(service, "/filter"), new(service, "/prioritize"), new(floor, FloorServer.ParsePath), new(floor, FloorServer.EchoPath)];

    /// <summary>Enough requests for a stable p99 in about the same time per body: many small ones, fewer large ones.</summary>
    private static (int Warmup, int Iterations) IterationsFor(long bodyBytes) => bodyBytes switch
    {
        < 1024 * 1024 => (50, 400),
        < 16 * 1024 * 1024 => (10, 100),
        _ => (5, 40),
    };

    private static (int[] Sizes, int Churn) Options(IReadOnlyList<string> args)
    {
        var (sizes, churn) = (DefaultSizes, 0);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : "";
            var counts = value.Split(',').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).ToArray();
            (sizes, churn) = args[i] switch
            {
                "--nodes" when counts.All(n => n > 0) => (counts, churn),
                "--churn" when counts is [> 0 and var perSecond] => (sizes, perSecond),
                _ => throw new ArgumentException("extender takes --nodes N,N,... and --churn R (positive counts)", nameof(args)),
            };
        }

        return (sizes, churn);
    }
}
