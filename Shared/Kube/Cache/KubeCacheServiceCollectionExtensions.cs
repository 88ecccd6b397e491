using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stork.Shared.Hosting;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

public static class KubeCacheServiceCollectionExtensions
{
    /// <summary>Registers a list/watch cache of <paramref name="resource"/>: <see cref="IResourceCache{T}"/>,
    /// <see cref="ResourceCache{T}"/> and the informer that fills it. Requires an <see cref="IKubeApi"/>.</summary>
    public static IServiceCollection AddKubeCache<T>(this IServiceCollection services, KubeResource<T> resource)
        where T : class, IKubeObject
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<CacheMetrics>();
        services.TryAddSingleton<HostFailure>();
        services.AddOptions<InformerOptions>().BindConfiguration("Kube:Informer");

        var cache = new ResourceCache<T>(resource);
        services.AddSingleton(cache);
        services.AddSingleton<IResourceCache<T>>(cache);
        services.AddSingleton<ICacheStatus>(cache);
        services.AddSingleton<IHostedService>(sp => new Informer<T>(
            sp.GetRequiredService<IKubeApi>(),
            cache,
            sp.GetRequiredService<IOptions<InformerOptions>>().Value,
            sp.GetRequiredService<CacheMetrics>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<HostFailure>(),
            sp.GetRequiredService<ILogger<Informer<T>>>()));
        return services;
    }
}
