using System.Collections.Concurrent;
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

    [TestCase("collector:4317")]
    [TestCase("not a uri")]
    [TestCase("grpc://collector:4317")]
    public void AddStorkTelemetry_EndpointNotAbsoluteUri_Throws(string endpoint) =>
        Assert.That(
            () => new ServiceCollection().AddStorkTelemetry(Configuration((TelemetryServiceCollectionExtensions.OtlpEndpointKey, endpoint)), "stork-test", "Stork.Test"),
            Throws.InvalidOperationException);

    [Test]
    public async Task AddStorkTelemetry_WithEndpoint_ExportsStorkMetricsAndSpansWithTheResourceOverOtlpUntilStopped()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        await using var receiver = await StartOtlpReceiverAsync(received);
        var address = receiver.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var source = $"Stork.Test.{Guid.NewGuid():N}";
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryServiceCollectionExtensions.OtlpEndpointKey] = address,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            [StorkResource.PodNameKey] = "stork-otlp-pod-7f9c",
            [StorkResource.PodNamespaceKey] = "stork-otlp-namespace",
        });
        builder.Services.AddStorkTelemetry(builder.Configuration, "stork-otlp-service", source);
        using (var host = builder.Build())
        {
            await host.StartAsync().WaitAsync(Timeout);
            host.Services.GetRequiredService<IMeterFactory>().Create(source).CreateCounter<long>("stork_otlp_test_exported").Add(1);
            host.Services.GetRequiredService<StorkTracing>().Start("stork-otlp-span")?.Dispose();
            await host.StopAsync().WaitAsync(Timeout);
        }

        // Disposing the host flushed both exporters.

        var metrics = received.Where(request => request.Path == "/v1/metrics").Select(request => request.Body).ToList();
        var traces = received.Where(request => request.Path == "/v1/traces").Select(request => request.Body).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Contains(metrics, "stork_otlp_test_exported") && Contains(metrics, "stork-otlp-service"), Is.True, "metrics exported with service.name");
            Assert.That(Contains(traces, "stork-otlp-span") && Contains(traces, "stork-otlp-service"), Is.True, "span exported with service.name");
            Assert.That(Contains(traces, "stork-otlp-pod-7f9c") && Contains(traces, "stork-otlp-namespace"), Is.True, "pod and namespace from the downward API");
        });
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
