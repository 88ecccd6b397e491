using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stork.Shared.Storage.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    /// <summary>The cache-miss reader of the classification. The host provides <c>IResourceCache&lt;T&gt;</c> of
    /// PersistentVolumeClaim, PersistentVolume and StorageClass and <c>IKubeApi</c>; its bounds are
    /// <see cref="CacheMissReadOptions"/>.</summary>
    public static IServiceCollection AddStorageObjects(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CacheMissReadOptions>()
            .BindConfiguration(CacheMissReadOptions.Section)
            .Validate(o => o.MaxPerRequest >= 1 && o.MaxPerProcess >= 1, $"{CacheMissReadOptions.Section}:MaxPerRequest and MaxPerProcess must be at least 1")
            .ValidateOnStart();
        services.TryAddSingleton<StorageObjectsReader>();
        return services;
    }
}
