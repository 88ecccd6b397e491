using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Stork.Shared.Storage.Csi;

internal static class CsiDriverServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CsiDriver"/> as the <see cref="IStorageDriver"/> with its options read
    /// from <c>csi-driver</c> (see <see cref="CsiDriverOptions"/>) and validated at start. The driver
    /// needs <c>IResourceCache&lt;Node&gt;</c> and <c>IResourceCache&lt;CsiNode&gt;</c> registered.</summary>
    public static IServiceCollection AddCsiDriver(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCsiDriverOptions(configuration);
        services.AddSingleton<IStorageDriver, CsiDriver>();
        return services;
    }

    /// <summary>Registers only the validated <see cref="CsiDriverOptions"/> (what ownership rules need).</summary>
    public static IServiceCollection AddCsiDriverOptions(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(CsiDriverOptions.ConfigKey);
        services.AddOptions<CsiDriverOptions>()
            .Configure(options => options.Drivers = ReadDriverNames(section))
            .Validate(options => options.Drivers.Count > 0, CsiDriverOptions.MissingDriversError)
            .ValidateOnStart();
        return services;
    }

    /// <summary>The section's own value and its children's (the array form), each comma-separated.</summary>
    private static string[] ReadDriverNames(IConfigurationSection section) =>
    [
        .. new[] { section.Value }
            .Concat(section.GetChildren().Select(child => child.Value))
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal),
    ];
}
