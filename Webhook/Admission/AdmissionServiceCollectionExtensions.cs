using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Stork.Shared.Mutation;
using Stork.Shared.Telemetry;
using Stork.Webhook.Telemetry;

namespace Stork.Webhook.Admission;

public static class AdmissionServiceCollectionExtensions
{
    /// <summary>The admission webhook: options (validated at start), the shared decision
    /// (<see cref="MutationServiceCollectionExtensions.AddPodMutation"/>), metrics, its activity source (when the host has not registered telemetry) and the <c>/mutate</c> handler.</summary>
    public static IServiceCollection AddWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddPodMutation(configuration);
        services.AddSingleton<WebhookMetrics>();
        services.TryAddSingleton(_ => new StorkTracing(WebhookMetrics.MeterName));
        services.AddSingleton<MutateEndpoint>();
        return services;
    }
}
