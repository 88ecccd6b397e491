using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Stork.Shared.Telemetry;
using Stork.Shared.Tests.Telemetry;
using Stork.Webhook.Admission;
using Stork.Webhook.Telemetry;
using Stork.Webhook.Tests.Doubles;
using Stork.Webhook.Tests.Integration;

namespace Stork.Webhook.Tests.Telemetry;

/// <summary>The running webhook's telemetry as operators see it: <c>/metrics</c> parsed strictly with every
/// metric the README lists for the webhook, the HTTP server and runtime metrics; and one span per admission.</summary>
internal sealed class WebhookTelemetryContractTests
{
    /// <summary>The README's webhook and cache metrics, plus what the instrumentation adds.</summary>
    private static readonly ExposedFamily[] Families =
    [
        new("stork_webhook_admissions_total", "counter", "outcome"),
        new("stork_webhook_admission_duration_seconds", "histogram", "outcome"),
        new("stork_webhook_cache_miss_reads_total", "counter"),
        new("stork_cache_objects", "gauge", "resource"),
        new("stork_cache_last_sync_age_seconds", "gauge", "resource"),
        new("http_server_request_duration_seconds", "histogram", ["http_request_method", "http_response_status_code", "url_scheme"], AtLeast: true),
        new("dotnet_gc_collections_total", "counter", "gc_heap_generation"),
        new("dotnet_process_cpu_time_seconds_total", "counter", "cpu_mode"),
    ];

    /// <summary>OTLP export on, as deployed with a collector (port 9 of loopback refuses, so exports fail fast);
    /// the test's in-memory exporter sees the spans the service records.</summary>
    private static readonly string[] OtlpOn = ["--" + TelemetryServiceCollectionExtensions.OtlpEndpointKey, "http://127.0.0.1:9"];

    [Test]
    public async Task Metrics_AfterAdmissions_EveryDocumentedFamilyWithItsLabels()
    {
        await using var server = await WebhookServer.StartAsync();
        await server.AdmitAsync(Reviews.WithClaim("web"));
        await server.AdmitAsync(Reviews.WithClaim("claim-not-in-any-cache"));

        var families = await server.ScrapeAsync();

        Assert.Multiple(() =>
        {
            foreach (var family in Families)
            {
                family.AssertIn(families);
            }

            Assert.That(families["http_server_request_duration_seconds"].Samples.Select(s => s.Labels.GetValueOrDefault("http_route")), Does.Contain(MutateEndpoint.Path));
            Assert.That(families.Keys.Where(name => name.StartsWith("target_info", StringComparison.Ordinal)), Is.Empty, "no target info");
            Assert.That(families.Values.SelectMany(f => f.Samples).SelectMany(s => s.Labels.Keys).Where(k => k.StartsWith("otel_scope", StringComparison.Ordinal)),
                Is.Empty, "no scope labels");
        });
    }

    [Test]
    public async Task Mutate_CallerTraced_OneAdmissionSpanWithPodAndOutcomeInTheCallersTrace()
    {
        var spans = new List<Activity>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource(WebhookMetrics.MeterName).AddInMemoryExporter(spans).Build();
        await using var server = await WebhookServer.StartAsync(OtlpOn);
        var review = Reviews.WithClaim("web");
        ActivityTraceId caller;
        using (var apiServer = new Activity("kube-apiserver calling the webhook") { ActivityTraceFlags = ActivityTraceFlags.Recorded }
            .SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            // The client sends the caller's context as a W3C traceparent header.
            caller = apiServer.TraceId;
            await server.AdmitAsync(review);
        }

        // The span ends once the answer is written, possibly after the client has read it.
        SpinWait.SpinUntil(() => spans.Count > 0, WebhookServer.Timeout);

        var admissions = spans.ToArray().Where(span => span.OperationName == MutateEndpoint.SpanName).ToList();
        Assert.That(admissions, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(admissions[0].TraceId, Is.EqualTo(caller), "W3C trace context of the caller");
            Assert.That(admissions[0].GetTagItem(SpanTags.Namespace), Is.EqualTo("default"));
            Assert.That(admissions[0].GetTagItem(SpanTags.Pod), Is.EqualTo("nginx"));
            Assert.That(admissions[0].GetTagItem(SpanTags.Outcome), Is.EqualTo("mutated"));
        });
    }
}
