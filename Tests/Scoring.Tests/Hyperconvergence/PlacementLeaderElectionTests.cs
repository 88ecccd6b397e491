using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;
using static Stork.Scoring.Tests.Hyperconvergence.PlacementMetricsReader;

namespace Stork.Scoring.Tests.Hyperconvergence;

/// <summary>Two Scoring instances on one cluster (the fake API server with Leases, the fake SDK): one holds the
/// <c>stork-placement</c> Lease and exports the gauges, the other reports <c>stork_placement_leader 0</c>; when the
/// leader goes, the other takes over within the lease time and records no second event.</summary>
internal sealed class PlacementLeaderElectionTests
{
    private const string LeasesPath = "/apis/coordination.k8s.io/v1/namespaces/default/leases";
    private const string EventsPath = "/api/v1/events";
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(2);

    [Test]
    public async Task TwoInstances_OneExports_HandOverWithinTheLeaseWithoutDuplicateEvents()
    {
        await using var kube = await FakeKubeApiServer.StartAsync();
        await using var sdk = await FakePortworxSdkServer.StartAsync();
        StorkPods.Seed(kube, sdk);
        var directory = Directory.CreateTempSubdirectory("stork-placement-").FullName;
        try
        {
            var first = await StartAsync(kube, sdk, directory);
            await using var firstApp = first.App;
            await WaitForAsync(first.Client, f => f["stork_placement_leader"].Value("stork_placement_leader") == 1 && Pods(f, "remote") == 2);
            var second = await StartAsync(kube, sdk, directory);
            await using var secondApp = second.App;
            await kube.WaitUntilAsync(() => Warnings(kube) == 1, PlacementMetricsReader.Timeout, "the NotHyperconverged event");

            Assert.Multiple(() =>
            {
                Assert.That(InstanceGauges.Read(first.App.Services, "stork_placement_leader"), Is.EqualTo(new[] { 1 }));
                Assert.That(InstanceGauges.Read(first.App.Services, "stork_pods_by_placement"), Is.EqualTo(new[] { 1, 0, 2, 0 }));
                Assert.That(InstanceGauges.Read(second.App.Services, "stork_placement_leader"), Is.EqualTo(new[] { 0 }));
                Assert.That(InstanceGauges.Read(second.App.Services, "stork_pods_by_placement"), Is.Empty, "a follower exports no placement gauges");
                Assert.That(kube.Get(LeasesPath, "default", "stork-placement"), Is.Not.Null);
            });

            var creates = kube.Requests(EventsPath, FakeKubeVerb.Create);
            var stopped = Stopwatch.StartNew();
            await first.App.StopAsync().WaitAsync(PlacementMetricsReader.Timeout);
            await PollUntilAsync(() => InstanceGauges.Read(second.App.Services, "stork_pods_by_placement").SequenceEqual([1, 0, 2, 0]));
            var handOver = stopped.Elapsed;
            await kube.WaitUntilAsync(() => kube.Requests(EventsPath, FakeKubeVerb.Create) > creates, PlacementMetricsReader.Timeout, "the new leader's event attempt");

            Assert.Multiple(() =>
            {
                Assert.That(handOver, Is.LessThan(LeaseDuration * 2), "taken over within the lease time (plus a retry)");
                Assert.That(InstanceGauges.Read(second.App.Services, "stork_placement_leader"), Is.EqualTo(new[] { 1 }));
                Assert.That(Warnings(kube), Is.EqualTo(1), "the new leader's attempt met the same event name");
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Warnings(FakeKubeApiServer kube) => kube.Events.Count(e => (string?)e["reason"] == "NotHyperconverged");

    private static async Task<(WebApplication App, HttpClient Client)> StartAsync(FakeKubeApiServer kube, FakePortworxSdkServer sdk, string directory)
    {
        var app = ScoringApp.Build([
            "--urls", "http://127.0.0.1:0", "--kubeconfig", FakeKubeconfig.Write(kube, directory),
            "--portworx-endpoint", sdk.Endpoint.ToString(), "--placement-refresh-interval", "200ms",
            "--placement-lease-duration", "2s",
        ]);
        await app.StartAsync().WaitAsync(PlacementMetricsReader.Timeout);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = PlacementMetricsReader.Timeout };
        await PollUntilAsync(() => client.GetAsync("/readyz").Result.StatusCode == HttpStatusCode.OK);
        return (app, client);
    }
}
