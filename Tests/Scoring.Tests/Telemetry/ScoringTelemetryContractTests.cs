using System.Diagnostics;
using System.Net;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Stork.Scoring.Extender;
using Stork.Scoring.Tests.Integration;
using Stork.Shared.Telemetry;
using Stork.Shared.Tests.Telemetry;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Telemetry;

/// <summary>The running scoring sidecar's telemetry as operators see it: <c>/metrics</c> parsed strictly with every
/// metric the README lists for the extender, the driver and the caches, the HTTP server and runtime metrics; and one
/// span per extender call with the driver calls beneath it.</summary>
internal sealed class ScoringTelemetryContractTests
{
    /// <summary>The README's extender, driver and cache metrics, plus what the instrumentation adds.</summary>
    private static readonly ExposedFamily[] Families =
    [
        new("stork_extender_request_duration_seconds", "histogram", "verb", "outcome"),
        new("stork_placement_volumes_total", "counter", "level"),
        new("stork_driver_call_duration_seconds", "histogram", "operation", "outcome"),
        new("stork_driver_cache_age_seconds", "gauge"),
        new("stork_cache_objects", "gauge", "resource"),
        new("stork_cache_last_sync_age_seconds", "gauge", "resource"),
        new("http_server_request_duration_seconds", "histogram", ["http_request_method", "http_response_status_code", "url_scheme"], AtLeast: true),
        new("dotnet_gc_collections_total", "counter", "gc_heap_generation"),
        new("dotnet_process_cpu_time_seconds_total", "counter", "cpu_mode"),
    ];

    /// <summary>OTLP export on, as deployed with a collector (port 9 of loopback refuses, so exports fail fast);
    /// the test's in-memory exporter sees the spans the service records.</summary>
    private static readonly string[] OtlpOn = ["--" + TelemetryServiceCollectionExtensions.OtlpEndpointKey, "http://127.0.0.1:9"];

    /// <summary>Only once the storage system fails.</summary>
    private static readonly ExposedFamily DriverErrors = new("stork_driver_errors_total", "counter", "operation", "outcome");

    [Test]
    public async Task Metrics_AfterExtenderCalls_EveryDocumentedFamilyWithItsLabels()
    {
        await using var server = await ScoringServer.StartPortworxAsync(Seed);
        await PostAsync(server, "/filter", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));
        await PostAsync(server, "/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));

        var families = await ScrapeAsync(server);

        Assert.Multiple(() =>
        {
            foreach (var family in Families)
            {
                family.AssertIn(families);
            }
        });
    }

    [Test]
    public async Task Metrics_StorageSystemFailing_DriverErrorsWithTheirLabels()
    {
        await using var server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
        {
            Seed(kube, sdk);
            sdk.FailStatus = 500;
        });
        await PostAsync(server, "/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));

        DriverErrors.AssertIn(await ScrapeAsync(server));
    }

    [Test]
    public async Task Prioritize_OneSpanWithPodOutcomeAndVolumesScored_DriverCallsAsChildren()
    {
        var spans = new List<Activity>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource(ExtenderMetrics.MeterName).AddInMemoryExporter(spans).Build();
        await using var server = await ScoringServer.StartPortworxAsync(Seed, OtlpOn);

        await PostAsync(server, "/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));
        // The span ends once the answer is written, possibly after the client has read it.
        SpinWait.SpinUntil(() => spans.ToArray().Any(s => s.OperationName == ExtenderEndpoints.PrioritizeVerb), ScoringServer.Timeout);

        var prioritize = spans.ToArray().Where(span => span.OperationName == ExtenderEndpoints.PrioritizeVerb).ToList();
        Assert.That(prioritize, Has.Count.EqualTo(1));
        var span = prioritize[0];
        Assert.Multiple(() =>
        {
            Assert.That(span.GetTagItem(SpanTags.Namespace), Is.EqualTo(PortworxCluster.Namespace));
            Assert.That(span.GetTagItem(SpanTags.Pod), Is.EqualTo("db-0"));
            Assert.That(span.GetTagItem(SpanTags.Outcome), Is.EqualTo("scored"));
            Assert.That(span.GetTagItem(SpanTags.VolumesScored), Is.EqualTo(1));
            Assert.That(spans.ToArray().Where(s => s.ParentSpanId == span.SpanId).Select(s => s.OperationName),
                Does.Contain(TracedStorageDriver.VolumeSpan).And.Contain(TracedStorageDriver.NodesSpan));
        });
    }

    private static async Task<IReadOnlyDictionary<string, PrometheusTextParser.Family>> ScrapeAsync(ScoringServer server)
    {
        using var answer = await server.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return PrometheusTextParser.Parse(await answer.Content.ReadAsStringAsync());
    }

    private static async Task PostAsync(ScoringServer server, string path, string body)
    {
        using var answer = await server.PostAsync(path, body);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
