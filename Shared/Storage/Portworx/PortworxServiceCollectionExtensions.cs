using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Stork.Shared.Storage.Portworx;

internal static class PortworxServiceCollectionExtensions
{
    /// <summary>Registers the <c>pxd</c> driver as the <see cref="IStorageDriver"/> (and as
    /// <see cref="PortworxDriver"/> for the PV-change hook), its options bound from the root
    /// configuration and validated at start, and the background node refresher.</summary>
    public static IServiceCollection AddPortworxDriver(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortworxOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortworxOptions>, PortworxOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(provider =>
            PortworxSdkClient.Create(provider.GetRequiredService<IOptions<PortworxOptions>>().Value));
        services.AddSingleton<PortworxDriver>();
        services.AddSingleton<IStorageDriver>(provider => provider.GetRequiredService<PortworxDriver>());
        services.AddHostedService<PortworxNodeRefresher>();
        return services;
    }
}
