using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Stork.Shared.Telemetry;

namespace Stork.Shared.Tests.Telemetry;

internal sealed class TelemetryServiceCollectionExtensionsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();

    private static bool Contains(IEnumerable<byte[]> bodies, string text) =>
        bodies.Any(body => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0);

    [Test]
    public void AddStorkTelemetry_WithoutEndpoint_RegistersTheCollectorOnly()
    {
        using var provider = new ServiceCollection().AddLogging().AddStorkTelemetry(Configuration(), "stork-test").BuildServiceProvider();

        Assert.That(provider.GetService<MetricsCollector>(), Is.Not.Null);
        Assert.That(provider.GetServices<IHostedService>(), Is.Empty);
    }

    [TestCase("collector:4317")]
    [TestCase("not a uri")]
    [TestCase("grpc://collector:4317")]
    public void AddStorkTelemetry_EndpointNotAbsoluteUri_Throws(string endpoint) =>
        Assert.That(
            () => new ServiceCollection().AddStorkTelemetry(Configuration((TelemetryServiceCollectionExtensions.OtlpEndpointKey, endpoint)), "stork-test"),
            Throws.InvalidOperationException);

    [Test]
    public async Task AddStorkTelemetry_WithEndpoint_ExportsStorkMetricsAndTracesOverOtlpUntilStopped()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        await using var receiver = await StartOtlpReceiverAsync(received);
        var address = receiver.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var configuration = Configuration(
            (TelemetryServiceCollectionExtensions.OtlpEndpointKey, address),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"));
        await using var provider = new ServiceCollection().AddLogging().AddStorkTelemetry(configuration, "stork-otlp-service").BuildServiceProvider();
        var export = provider.GetServices<IHostedService>().Single();
        var source = $"Stork.Test.{Guid.NewGuid():N}";

        await export.StartAsync(CancellationToken.None).WaitAsync(Timeout);
        using (var meter = new Meter(source))
        using (var activities = new ActivitySource(source))
        {
            meter.CreateCounter<long>("stork_otlp_test_exported").Add(1);
            activities.StartActivity("stork-otlp-span")?.Dispose();
            await export.StopAsync(CancellationToken.None).WaitAsync(Timeout);
        }

        var metrics = received.Where(request => request.Path == "/v1/metrics").Select(request => request.Body).ToList();
        var traces = received.Where(request => request.Path == "/v1/traces").Select(request => request.Body).ToList();
        Assert.That(Contains(metrics, "stork_otlp_test_exported") && Contains(metrics, "stork-otlp-service"), Is.True, "metrics exported with service.name");
        Assert.That(Contains(traces, "stork-otlp-span") && Contains(traces, "stork-otlp-service"), Is.True, "span exported with service.name");
    }

    private static async Task<WebApplication> StartOtlpReceiverAsync(ConcurrentQueue<(string Path, byte[] Body)> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            received.Enqueue((context.Request.Path.Value!, body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync().WaitAsync(Timeout);
        return app;
    }
}
