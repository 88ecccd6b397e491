using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Stork.Shared.Telemetry;

/// <summary>Maps the Prometheus scrape endpoint.</summary>
internal static class PrometheusEndpointExtensions
{
    /// <summary>Serves the metrics registered by <c>AddStorkTelemetry</c> through the OpenTelemetry Prometheus
    /// exporter on GET <paramref name="path"/> (text format 0.0.4, or OpenMetrics when the scraper asks for it).</summary>
    public static IEndpointConventionBuilder MapPrometheusMetrics(this IEndpointRouteBuilder endpoints, string path = "/metrics") =>
        endpoints.MapPrometheusScrapingEndpoint(path);
}
