using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Stork.Shared.Hosting;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: 200 once every cache synced, else 503
/// naming the caches still loading.</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddStorkHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<CachesSyncedHealthCheck>("caches", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapStorkHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var details = report.Entries.Values.Select(e => e.Description).Where(d => !string.IsNullOrEmpty(d));
        return context.Response.WriteAsync(string.Join(Environment.NewLine, details.Prepend(report.Status.ToString().ToLowerInvariant())));
    }
}
