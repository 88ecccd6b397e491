using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stork.Shared.Storage.Csi;
using Stork.Shared.Storage.Portworx;

namespace Stork.Shared.Storage;

/// <summary>Chooses the storage driver from <c>--driver pxd|csi</c> (default <c>pxd</c>).</summary>
internal static class StorageDriverServiceCollectionExtensions
{
    public const string DriverKey = "driver";
    public const string Portworx = "pxd";
    public const string Csi = "csi";

    /// <summary>The configured driver name.</summary>
    /// <exception cref="InvalidOperationException">The name is neither pxd nor csi.</exception>
    public static string DriverName(IConfiguration configuration)
    {
        var name = configuration[DriverKey];
        return string.IsNullOrWhiteSpace(name) ? Portworx
            : name is Portworx or Csi ? name
            : throw new InvalidOperationException($"--driver must be '{Portworx}' or '{Csi}', not '{name}'");
    }

    /// <summary>Registers the full driver (<see cref="IStorageDriver"/>): what the extender needs.</summary>
    public static IServiceCollection AddStorageDriver(this IServiceCollection services, IConfiguration configuration) =>
        DriverName(configuration) == Portworx
            ? services.AddPortworxDriver(configuration)
            : services.AddCsiDriver(configuration);

    /// <summary>Registers only the driver's <see cref="VolumeOwnership"/> rules: what the webhook needs
    /// (it never calls the storage system).</summary>
    public static IServiceCollection AddVolumeOwnership(this IServiceCollection services, IConfiguration configuration)
    {
        if (DriverName(configuration) == Portworx)
        {
            return services.AddSingleton(PortworxDriver.PortworxOwnership);
        }

        services.AddCsiDriverOptions(configuration);
        return services.AddSingleton(provider => new VolumeOwnership(
            provider.GetRequiredService<IOptions<CsiDriverOptions>>().Value.Drivers.ToHashSet(StringComparer.Ordinal), InTreePortworx: false));
    }
}
