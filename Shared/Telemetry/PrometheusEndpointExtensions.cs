using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Stork.Shared.Telemetry;

/// <summary>Maps the Prometheus scrape endpoint.</summary>
internal static class PrometheusEndpointExtensions
{
    /// <summary>
    /// Serves the <see cref="MetricsCollector"/> (registered by <c>AddStorkTelemetry</c>) in the
    /// Prometheus text format 0.0.4 on GET <paramref name="path"/>. The collector is resolved here, at
    /// mapping time, so it listens from startup rather than from the first scrape.
    /// </summary>
    public static IEndpointConventionBuilder MapPrometheusMetrics(this IEndpointRouteBuilder endpoints, string path = "/metrics")
    {
        var collector = endpoints.ServiceProvider.GetRequiredService<MetricsCollector>();
        return endpoints.MapGet(path, (HttpContext context) =>
        {
            var text = PrometheusTextWriter.Write(collector.Collect());
            context.Response.ContentType = PrometheusTextWriter.ContentType;
            return context.Response.WriteAsync(text, context.RequestAborted);
        });
    }
}
