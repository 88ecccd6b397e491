using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Stork.Shared.Telemetry;

/// <summary>
/// Ties the OpenTelemetry providers to the host lifetime (OpenTelemetry.Extensions.Hosting is not
/// available): builds a <see cref="MeterProvider"/> for the "Stork.*" meters and a
/// <see cref="TracerProvider"/> for the "Stork.*" activity sources, both with the OTLP exporter, on
/// start; disposes them on stop, which flushes what is pending. The exporters read every <c>OTEL_*</c> key from the
/// app's configuration.
/// </summary>
internal sealed class OtlpExportService(IConfiguration configuration, string serviceName, ILogger<OtlpExportService> logger)
    : IHostedService, IDisposable
{
    private const string StorkSources = "Stork.*";

    private MeterProvider? meterProvider;
    private TracerProvider? tracerProvider;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        meterProvider = Sdk.CreateMeterProviderBuilder()
            .ConfigureServices(UseAppConfiguration)
            .ConfigureResource(resource => resource.AddService(serviceName))
            .AddMeter(StorkSources)
            .AddOtlpExporter()
            .Build();
        tracerProvider = Sdk.CreateTracerProviderBuilder()
            .ConfigureServices(UseAppConfiguration)
            .ConfigureResource(resource => resource.AddService(serviceName))
            .AddSource(StorkSources)
            .AddOtlpExporter()
            .Build();
        logger.OtlpExportStarted(serviceName, configuration[TelemetryServiceCollectionExtensions.OtlpEndpointKey] ?? string.Empty);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        tracerProvider?.Dispose();
        tracerProvider = null;
        meterProvider?.Dispose();
        meterProvider = null;
    }

    private void UseAppConfiguration(IServiceCollection services) => services.AddSingleton(configuration);
}
