using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Stork.Shared.Storage;
using Stork.Shared.Telemetry;
using Stork.Webhook.Cluster;
using Stork.Webhook.Telemetry;

namespace Stork.Webhook.Admission;

public static class AdmissionServiceCollectionExtensions
{
    /// <summary>The admission webhook: options (validated at start), decision, cluster lookup, metrics, its
    /// activity source (when the host has not registered telemetry) and the <c>/mutate</c> handler. The host provides <c>IResourceCache&lt;T&gt;</c> of Namespace,
    /// PersistentVolumeClaim, PersistentVolume and StorageClass and <c>IKubeApi</c>. The driver's ownership rules
    /// come from <c>--driver</c> / <c>--csi-driver</c>; the webhook never calls the storage system.</summary>
    public static IServiceCollection AddWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddVolumeOwnership(configuration);
        var driverName = StorageDriverServiceCollectionExtensions.DriverName(configuration);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WebhookOptions>>().Value.ToPolicy(driverName, sp.GetRequiredService<VolumeOwnership>()));
        services.AddSingleton<WebhookMetrics>();
        services.TryAddSingleton(_ => new StorkTracing(WebhookMetrics.MeterName));
        services.AddSingleton<ClusterFactsReader>();
        services.AddSingleton<Admitter>();
        services.AddSingleton<MutateEndpoint>();
        return services;
    }
}
