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
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddStorkTelemetry(builder.Configuration, "stork-test");
        await using var app = builder.Build();
        app.MapPrometheusMetrics();
        await app.StartAsync().WaitAsync(Timeout);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

        using var meter = new Meter($"Stork.Test.{Guid.NewGuid():N}");
        var requests = meter.CreateCounter<long>("stork_endpoint_test_requests", description: "Requests \\ served.");
        requests.Add(2, new KeyValuePair<string, object?>("path", "a\"b\\c\nd"));
        meter.CreateObservableGauge("stork_endpoint_test_objects", () => 12);
        meter.CreateHistogram<double>("stork_endpoint_test_duration_seconds").Record(0.2);

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
}
