using Microsoft.Extensions.DependencyInjection;
using Stork.Shared.Kube.Client;
using Stork.Shared.Storage;

namespace Stork.Shared.Telemetry;

/// <summary>Child spans for the calls the request paths make: call these after the <see cref="IKubeApi"/> and
/// <see cref="IStorageDriver"/> registrations they wrap (a service not registered stays unregistered).</summary>
internal static class TracingServiceCollectionExtensions
{
    public static IServiceCollection AddKubeApiTracing(this IServiceCollection services) =>
        services.Decorate<IKubeApi>((provider, inner) => new TracedKubeApi(inner, provider.GetRequiredService<StorkTracing>()));

    public static IServiceCollection AddStorageDriverTracing(this IServiceCollection services) =>
        services.Decorate<IStorageDriver>((provider, inner) => new TracedStorageDriver(inner, provider.GetRequiredService<StorkTracing>()));

    /// <summary>Replaces the last singleton registration of <typeparamref name="TService"/> with
    /// <paramref name="wrap"/> of the service it registered.</summary>
    private static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> wrap)
        where TService : class
    {
        var index = services.Count - 1;
        while (index >= 0 && services[index].ServiceType != typeof(TService))
        {
            index--;
        }

        if (index < 0)
        {
            return services;
        }

        var original = services[index];
        if (original.Lifetime != ServiceLifetime.Singleton || original.IsKeyedService)
        {
            throw new InvalidOperationException($"{typeof(TService).Name} must be a singleton to be traced.");
        }

        services[index] = ServiceDescriptor.Singleton<TService>(provider => wrap(provider, Resolve<TService>(provider, original)));
        return services;
    }

    private static TService Resolve<TService>(IServiceProvider provider, ServiceDescriptor original) =>
        (TService)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!));
}
