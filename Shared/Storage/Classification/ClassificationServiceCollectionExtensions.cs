using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stork.Shared.Storage.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    /// <summary>The cache-miss reader of the classification. The host provides <c>IResourceCache&lt;T&gt;</c> of
    /// PersistentVolumeClaim, PersistentVolume and StorageClass and <c>IKubeApi</c>.</summary>
    public static IServiceCollection AddStorageObjects(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageObjectsReader>();
        return services;
    }
}
