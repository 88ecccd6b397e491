using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Stork.Shared.Kube.Client;
using Stork.Shared.Storage;

namespace Stork.Shared.Snapshot;

internal static class ClusterSnapshotServiceCollectionExtensions
{
    public const string SnapshotKey = "cluster-snapshot";

    /// <summary>With <c>--cluster-snapshot FILE</c>, answers the Kubernetes API from the file instead of a
    /// cluster. Call before <c>AddKubeApi</c>.</summary>
    /// <returns>The loaded snapshot, or null when the flag is not given.</returns>
    public static ClusterSnapshot? AddClusterSnapshot(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[SnapshotKey] is not { Length: > 0 } path)
        {
            return null;
        }

        var snapshot = ClusterSnapshot.Load(path);
        services.AddSingleton(snapshot);
        services.AddSingleton<IKubeApi>(new SnapshotKubeApi(snapshot));
        return snapshot;
    }

    /// <summary>The storage driver: from the snapshot's StorageTopology for <c>pxd</c> in snapshot mode,
    /// else the live one (the csi driver reads only Kubernetes objects, so it runs as is).</summary>
    public static IServiceCollection AddStorageDriver(this IServiceCollection services, IConfiguration configuration, ClusterSnapshot? snapshot)
    {
        if (snapshot is null || StorageDriverServiceCollectionExtensions.DriverName(configuration) != StorageDriverServiceCollectionExtensions.Portworx)
        {
            return services.AddStorageDriver(configuration);
        }

        var topology = snapshot.Storage
            ?? throw new InvalidOperationException("--cluster-snapshot with --driver pxd needs a 'kind: StorageTopology' document in the file");
        return services.AddSingleton<IStorageDriver>(new SnapshotStorageDriver(topology));
    }
}
