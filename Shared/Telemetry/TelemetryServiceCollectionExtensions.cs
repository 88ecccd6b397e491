using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Stork.Shared.Telemetry;

/// <summary>Registers the telemetry both services share.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry variable; OTLP export is on only when it is set.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Registers the <see cref="MetricsCollector"/> for the "Stork.*" meters and, when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured (environment, command line or settings), an
    /// <see cref="OtlpExportService"/> that exports the "Stork.*" meters and activity sources over OTLP
    /// with resource <c>service.name</c> = <paramref name="serviceName"/>. The other <c>OTEL_*</c> keys
    /// (protocol, headers, timeouts) are read by the exporter from the same configuration.
    /// </summary>
    public static IServiceCollection AddStorkTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        services.AddSingleton(provider => new MetricsCollector(
            MetricsCollector.StorkMeterPrefix,
            provider.GetRequiredService<ILogger<MetricsCollector>>()));

        var endpoint = configuration[OtlpEndpointKey];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException(
                    $"{OtlpEndpointKey} must be an absolute http(s) URI such as http://collector:4317, got '{endpoint}'.");
            }

            services.AddHostedService(provider => new OtlpExportService(
                configuration,
                serviceName,
                provider.GetRequiredService<ILogger<OtlpExportService>>()));
        }

        return services;
    }
}
