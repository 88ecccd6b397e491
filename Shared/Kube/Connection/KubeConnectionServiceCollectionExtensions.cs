using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Stork.Shared.Kube.Connection;

internal static class KubeConnectionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="KubeConnectionOptions"/> (from the <c>kubeconfig</c>/<c>context</c> keys), the
    /// process's <see cref="KubeEnvironment"/> and the resolved <see cref="KubeEndpoint"/> (resolving throws
    /// <see cref="KubeConfigException"/> when nothing is configured).</summary>
    public static IServiceCollection AddKubeConnection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KubeConnectionOptions>().Configure(options => options.BindFrom(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => KubeEnvironment.FromProcess());
        services.TryAddSingleton(provider => KubeEndpointResolver.Resolve(
            provider.GetRequiredService<IOptions<KubeConnectionOptions>>().Value,
            provider.GetRequiredService<KubeEnvironment>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
