using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Stork.Shared.Telemetry;

namespace Stork.Shared.Tests.Telemetry;

/// <summary>What the telemetry set-up costs a request: without an OTLP endpoint no Activity is made per request or per
/// span, and with one the caller's W3C trace context is honoured.</summary>
internal sealed class RequestActivityTests
{
    private const string CallerTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly string[] OtlpOn = ["--" + TelemetryServiceCollectionExtensions.OtlpEndpointKey, "http://127.0.0.1:9"];

    private static readonly string[] HostingDiagnosticsOn = ["--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information"];

    [Test]
    public async Task Request_WithoutOtlpEndpoint_RunsWithoutActivity()
    {
        await using var app = await StartAsync([]);

        Assert.That(await CurrentTraceIdAsync(app), Is.EqualTo("none"));
    }

    [Test]
    public async Task Request_HostingDiagnosticsLoggingConfigured_RunsInAnActivityAgain()
    {
        await using var app = await StartAsync(HostingDiagnosticsOn);

        Assert.That(await CurrentTraceIdAsync(app), Is.EqualTo(CallerTraceId));
    }

    [Test]
    public async Task Request_WithOtlpEndpoint_ContinuesTheCallersTrace()
    {
        await using var app = await StartAsync(OtlpOn);

        Assert.That(await CurrentTraceIdAsync(app), Is.EqualTo(CallerTraceId));
    }

    [Test]
    public async Task StorkSpan_WithoutOtlpEndpoint_IsNotMade()
    {
        await using var app = await StartAsync([]);

        using var span = app.Services.GetRequiredService<StorkTracing>().Start("admission");

        Assert.That(span, Is.Null);
    }

    [Test]
    public async Task StorkSpan_WithOtlpEndpoint_IsRecorded()
    {
        await using var app = await StartAsync(OtlpOn);

        using var span = app.Services.GetRequiredService<StorkTracing>().Start("admission");

        Assert.That(span?.Recorded, Is.True);
    }

    private static async Task<WebApplication> StartAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddStorkLogging(builder.Configuration);
        builder.Services.AddStorkTelemetry(builder.Configuration, "stork-test", $"Stork.Test.{Guid.NewGuid():N}");
        var app = builder.Build();
        app.MapGet("/trace", () => Activity.Current?.TraceId.ToHexString() ?? "none");
        await app.StartAsync().WaitAsync(Timeout);
        return app;
    }

    /// <summary>The trace id the request ran under, called with a W3C <c>traceparent</c>; <c>none</c> without an Activity.</summary>
    private static async Task<string> CurrentTraceIdAsync(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/trace");
        request.Headers.Add("traceparent", $"00-{CallerTraceId}-00f067aa0ba902b7-01");
        using var response = await client.SendAsync(request).WaitAsync(Timeout);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
