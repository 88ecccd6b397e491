using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Stork.Shared.Telemetry;

/// <summary>Registers the telemetry both services share, on OpenTelemetry hosting.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry variable; OTLP export is on only when it is set.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meters exposed: every <c>Stork.*</c> meter (<c>Stork.Webhook</c>, <c>Stork.Scoring</c>,
    /// <c>Stork.Kube</c>, <c>Stork.Storage</c>), made through <see cref="IMeterFactory"/>.</summary>
    public const string StorkMeters = "Stork.*";

    /// <summary>Histogram boundaries for <c>Stork.*</c> durations in seconds whose instrument advises none (0.5 ms .. 10 s).</summary>
    public static readonly double[] SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>
    /// OpenTelemetry with the resource of <see cref="StorkResource"/>; metrics of the <c>Stork.*</c> meters and
    /// the ASP.NET Core, HttpClient and runtime instrumentation, read by the Prometheus exporter
    /// (<c>MapPrometheusMetrics</c>); traces of <paramref name="activitySourceName"/> (the service's one
    /// <see cref="StorkTracing"/>) and of incoming requests (W3C trace context honoured). When
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured (environment, command line or settings) both signals are
    /// also exported over OTLP, the exporter reading the other <c>OTEL_*</c> keys (protocol, headers, timeouts,
    /// sampler) from the same configuration; without it tracing is not set up at all, so the request paths make no
    /// Activity (incoming W3C trace context is then neither recorded nor forwarded).
    /// </summary>
    /// <exception cref="InvalidOperationException">The OTLP endpoint is not an absolute http(s) URI.</exception>
    public static IServiceCollection AddStorkTelemetry(
        this IServiceCollection services, IConfiguration configuration, string serviceName, string activitySourceName)
    {
        var otlp = OtlpEnabled(configuration);
        services.AddMetrics();
        services.TryAddSingleton(new StorkTracing(activitySourceName));
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => StorkResource.Configure(resource, serviceName, configuration))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(StorkMeters)
                    .AddView(DefaultSecondsBuckets)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter(options =>
                    {
                        // Series names and labels exactly as the README lists them: no otel_scope_* labels, no target_info.
                        options.ScopeInfoEnabled = false;
                        options.TargetInfoEnabled = false;
                        options.ScrapeResponseCacheDurationMilliseconds = 0;
                    });
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        if (otlp)
        {
            // Without a receiver there is no tracer provider at all: a provider listening to the sources, even with
            // an always-off sampler, still makes an (unrecorded) Activity per request and per span.
            telemetry.WithTracing(tracing => tracing
                .AddSource(activitySourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsOperational(context.Request.Path))
                .AddOtlpExporter());
        }

        return services;
    }

    /// <summary>Probes and scrapes are not traced.</summary>
    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");

    private static MetricStreamConfiguration? DefaultSecondsBuckets(Instrument instrument) =>
        instrument is Histogram<double> { Advice: null, Unit: "s" } && instrument.Meter.Name.StartsWith("Stork.", StringComparison.Ordinal)
            ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBuckets }
            : null;

    private static bool OtlpEnabled(IConfiguration configuration)
    {
        var endpoint = configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return false;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException(
                $"{OtlpEndpointKey} must be an absolute http(s) URI such as http://collector:4317, got '{endpoint}'.");
        }

        return true;
    }
}
