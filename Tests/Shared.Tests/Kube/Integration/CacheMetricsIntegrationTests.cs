using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Telemetry;
using Stork.Shared.Tests.Telemetry;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>The cache gauges of a synced cache, scraped from <c>/metrics</c> and parsed strictly.</summary>
internal sealed class CacheMetricsIntegrationTests : FakeKubeFixture
{
    [Test]
    public async Task Metrics_SyncedCache_ExposesObjectCountAndSyncAge()
    {
        Fake.Seed(Nodes, SeveralNodes(3));
        await using var informer = await InformerHarness<Node>.SyncedAsync(Api, KubeResources.Nodes);
        await using var app = await MinimalApp.StartAsync(
            builder => builder.Services.AddStorkTelemetry(builder.Configuration, "stork-test", "Stork.Test"),
            web => web.MapPrometheusMetrics());

        var (status, body) = await app.GetAsync("/metrics");
        var families = PrometheusTextParser.Parse(body);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(families["stork_cache_objects"].Type, Is.EqualTo("gauge"));
        Assert.That(families["stork_cache_objects"].Value("stork_cache_objects", ("resource", "nodes")), Is.EqualTo(3));
        Assert.That(families["stork_cache_last_sync_age_seconds"].Type, Is.EqualTo("gauge"));
        Assert.That(
            families["stork_cache_last_sync_age_seconds"].Value("stork_cache_last_sync_age_seconds", ("resource", "nodes")),
            Is.GreaterThanOrEqualTo(0));
    }
}
