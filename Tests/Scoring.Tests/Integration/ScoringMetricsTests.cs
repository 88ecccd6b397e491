using System.Net;
using Stork.Shared.Tests.Telemetry;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary><c>GET /metrics</c> after extender traffic: valid Prometheus text with request latency by verb
/// and outcome, placement outcomes by level, and storage driver calls and errors.</summary>
internal sealed class ScoringMetricsTests
{
    private const string RequestDuration = "stork_extender_request_duration_seconds";
    private const string Placements = "stork_placement_volumes_total";
    private const string DriverCalls = "stork_driver_call_duration_seconds";
    private const string DriverErrors = "stork_driver_errors_total";

    [Test]
    public async Task Metrics_AfterScoredRequests_RequestLatencyByVerbAndOutcomeAndPlacementLevels()
    {
        await using var server = await ScoringServer.StartPortworxAsync(Seed);
        await PostAsync(server, "/filter", NodeNamesForm(Pod("db-0", DataClaim), AllNodes), HttpStatusCode.OK);
        await PostAsync(server, "/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes), HttpStatusCode.OK);
        await PostAsync(server, "/prioritize", NodeNamesForm(Pod("db-1", DataClaim), [A2, B1]), HttpStatusCode.OK);
        await PostAsync(server, "/prioritize", "{", HttpStatusCode.BadRequest);

        using var answer = await server.Client.GetAsync("/metrics");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var families = PrometheusTextParser.Parse(await answer.Content.ReadAsStringAsync());
        Assert.That(families.Keys, Does.Contain(RequestDuration).And.Contain(Placements));
        var duration = families[RequestDuration];
        var placements = families[Placements];
        Assert.Multiple(() =>
        {
            Assert.That(duration.Type, Is.EqualTo("histogram"));
            Assert.That(duration.Value(RequestDuration + "_count", ("verb", "filter"), ("outcome", "Filtered")), Is.EqualTo(1));
            Assert.That(duration.Value(RequestDuration + "_count", ("verb", "prioritize"), ("outcome", "scored")), Is.EqualTo(2));
            Assert.That(duration.Value(RequestDuration + "_count", ("verb", "prioritize"), ("outcome", "bad_request")), Is.EqualTo(1));
            Assert.That(placements.Type, Is.EqualTo("counter"));
            Assert.That(placements.Value(Placements, ("level", "replica")), Is.EqualTo(1));
            Assert.That(placements.Value(Placements, ("level", "rack")), Is.EqualTo(1));
            Assert.That(duration.Samples.Concat(placements.Samples).SelectMany(s => s.Labels.Keys).Distinct(),
                Is.SubsetOf(new[] { "verb", "outcome", "level", "le" }), "no per-pod labels");
        });
    }

    [Test]
    public async Task Metrics_SdkFailing_DriverCallErrorsByOperationAndOutcome()
    {
        await using var server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
        {
            Seed(kube, sdk);
            sdk.FailStatus = 500;
        });
        await PostAsync(server, "/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes), HttpStatusCode.OK);

        using var answer = await server.Client.GetAsync("/metrics");

        var families = PrometheusTextParser.Parse(await answer.Content.ReadAsStringAsync());
        Assert.That(families.Keys, Does.Contain(DriverCalls).And.Contain(DriverErrors));
        Assert.Multiple(() =>
        {
            Assert.That(families[DriverCalls].Type, Is.EqualTo("histogram"));
            Assert.That(families[DriverCalls].Value(DriverCalls + "_count", ("operation", "volume"), ("outcome", "error")), Is.EqualTo(1));
            Assert.That(families[DriverErrors].Value(DriverErrors, ("operation", "volume"), ("outcome", "error")), Is.EqualTo(1));
            Assert.That(families[DriverErrors].Value(DriverErrors, ("operation", "nodes"), ("outcome", "error")), Is.Positive);
        });
    }

    private static async Task PostAsync(ScoringServer server, string path, string body, HttpStatusCode expected)
    {
        using var answer = await server.PostAsync(path, body);
        Assert.That(answer.StatusCode, Is.EqualTo(expected));
    }
}
