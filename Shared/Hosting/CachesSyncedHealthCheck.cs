using Microsoft.Extensions.Diagnostics.HealthChecks;
using Stork.Shared.Kube.Cache;

namespace Stork.Shared.Hosting;

/// <summary>Ready once every Kubernetes cache has loaded its first full list.</summary>
internal sealed class CachesSyncedHealthCheck(IEnumerable<ICacheStatus> caches) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waiting = caches.Where(c => !c.IsSynced).Select(c => c.Resource).ToArray();
        return Task.FromResult(waiting.Length == 0
            ? HealthCheckResult.Healthy("all caches synced")
            : HealthCheckResult.Unhealthy("waiting for caches: " + string.Join(", ", waiting)));
    }
}
