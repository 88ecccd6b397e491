using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Stork.Shared.Storage;
using Stork.Webhook.Cluster;
using Stork.Webhook.Telemetry;

namespace Stork.Webhook.Admission;

public static class AdmissionServiceCollectionExtensions
{
    /// <summary>The admission webhook: options (validated at start), decision, cluster lookup, metrics and
    /// the <c>/mutate</c> handler. The host provides <c>IResourceCache&lt;T&gt;</c> of Namespace,
    /// PersistentVolumeClaim, PersistentVolume and StorageClass, <c>IKubeApi</c> and <see cref="IStorageDriver"/>.</summary>
    public static IServiceCollection AddWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WebhookOptions>>().Value.ToPolicy(sp.GetRequiredService<IStorageDriver>()));
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<ClusterFactsReader>();
        services.AddSingleton<Admitter>();
        services.AddSingleton<MutateEndpoint>();
        return services;
    }
}
