using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Stork.Shared.Telemetry;

namespace Stork.Shared.Tests.Telemetry;

internal sealed class PrometheusEndpointTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task MapPrometheusMetrics_Scrape_ServesValidExpositionOfStorkMeters()
    {
        await using var app = await StartAsync();
        var address = Address(app);

        using var meter = new Meter($"Stork.Test.{Guid.NewGuid():N}");
        var requests = meter.CreateCounter<long>("stork_endpoint_test_requests", description: "Requests \\ served.");
        requests.Add(2, new KeyValuePair<string, object?>("path", "a\"b\\c\nd"));
        meter.CreateObservableGauge("stork_endpoint_test_objects", () => 12);
        meter.CreateHistogram<double>("stork_endpoint_test_duration_seconds", unit: "s").Record(0.2);

        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative)).WaitAsync(Timeout);
        var body = await response.Content.ReadAsStringAsync().WaitAsync(Timeout);

        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/plain; version=0.0.4; charset=utf-8"));
        var families = PrometheusTextParser.Parse(body);
        Assert.That(families["stork_endpoint_test_requests_total"].Help, Is.EqualTo("Requests \\ served."));
        Assert.That(families["stork_endpoint_test_requests_total"].Value("stork_endpoint_test_requests_total", ("path", "a\"b\\c\nd")), Is.EqualTo(2));
        Assert.That(families["stork_endpoint_test_objects"].Value("stork_endpoint_test_objects"), Is.EqualTo(12));
        var duration = families["stork_endpoint_test_duration_seconds"];
        Assert.That(duration.Type, Is.EqualTo("histogram"));
        Assert.That(duration.Value("stork_endpoint_test_duration_seconds_bucket", ("le", "0.1")), Is.Zero);
        Assert.That(duration.Value("stork_endpoint_test_duration_seconds_bucket", ("le", "0.25")), Is.EqualTo(1));
        Assert.That(duration.Value("stork_endpoint_test_duration_seconds_count"), Is.EqualTo(1));
    }

    /// <summary>Two instruments whose exposed names are the same (a counter named with and without
    /// <c>_total</c>; a histogram in seconds and one named with the unit already) make an exposition the strict
    /// parser refuses: the scrape contract tests of the services fail when one of theirs collides.</summary>
    [TestCase("stork_clash_events", null, "stork_clash_events_total", null)]
    [TestCase("stork_clash_wait", "s", "stork_clash_wait_seconds", "s")]
    public async Task MapPrometheusMetrics_TwoInstrumentsOneSeriesName_ExpositionRefused(string first, string? firstUnit, string second, string? secondUnit)
    {
        await using var app = await StartAsync();
        using var meter = new Meter($"Stork.Test.{Guid.NewGuid():N}");
        meter.CreateCounter<long>(first, firstUnit).Add(1);
        meter.CreateCounter<long>(second, secondUnit).Add(1);

        using var http = new HttpClient { BaseAddress = new Uri(Address(app)) };
        var body = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative)).WaitAsync(Timeout);

        Assert.That(() => PrometheusTextParser.Parse(body), Throws.TypeOf<FormatException>());
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddStorkTelemetry(builder.Configuration, "stork-test", "Stork.Test");
        var app = builder.Build();
        app.MapPrometheusMetrics();
        await app.StartAsync().WaitAsync(Timeout);
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
}
