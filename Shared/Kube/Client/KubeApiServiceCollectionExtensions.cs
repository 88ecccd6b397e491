using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Connection;

namespace Stork.Shared.Kube.Client;

internal static class KubeApiServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IKubeApi"/> over the connection resolved from <c>--kubeconfig</c>,
    /// <c>$KUBECONFIG</c>, in-cluster or <c>~/.kube/config</c>, unless an <see cref="IKubeApi"/> is already
    /// registered (a cluster snapshot, a test).</summary>
    public static IServiceCollection AddKubeApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKubeConnection(configuration);
        services.AddOptions<KubeClientOptions>().BindConfiguration("Kube:Client");
        services.TryAddSingleton<IKubeApi>(provider =>
        {
            var endpoint = provider.GetRequiredService<KubeEndpoint>();
            var time = provider.GetRequiredService<TimeProvider>();
            var options = provider.GetRequiredService<IOptions<KubeClientOptions>>().Value;
            return Create(endpoint, options, time);
        });
        return services;
    }

    public static IKubeApi Create(KubeEndpoint endpoint, KubeClientOptions options, TimeProvider time) =>
        new KubeApiClient(KubeHttpClientFactory.Create(endpoint), KubeRetryPipeline.Build(options, time), options.RequestTimeout, time);
}
