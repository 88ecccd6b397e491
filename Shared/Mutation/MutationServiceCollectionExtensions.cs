using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Classification;

namespace Stork.Shared.Mutation;

internal static class MutationServiceCollectionExtensions
{
    /// <summary>The webhook's decision (options validated at start, policy, cluster lookup, <see cref="Admitter"/>),
    /// for the webhook and <c>explain</c>. The host provides <c>IResourceCache&lt;T&gt;</c> of Namespace,
    /// PersistentVolumeClaim, PersistentVolume and StorageClass and <c>IKubeApi</c>. The driver's ownership rules
    /// come from <c>--driver</c> / <c>--csi-driver</c>; the decision never calls the storage system.</summary>
    public static IServiceCollection AddPodMutation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MutationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MutationOptions>, MutationOptionsValidator>();
        services.AddVolumeOwnership(configuration);
        var driverName = StorageDriverServiceCollectionExtensions.DriverName(configuration);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MutationOptions>>().Value.ToPolicy(driverName, sp.GetRequiredService<VolumeOwnership>()));
        services.AddStorageObjects();
        services.AddSingleton<ClusterFactsReader>();
        services.AddSingleton<Admitter>();
        return services;
    }
}
