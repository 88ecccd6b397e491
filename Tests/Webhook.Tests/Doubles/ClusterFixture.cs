using System.Text.Json.Serialization.Metadata;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>The golden tests' cluster, read from <c>testdata/cluster/*.json</c> (API list answers).</summary>
internal static class ClusterFixture
{
    public static IReadOnlyList<Namespace> Namespaces => Read("namespaces", KubeResources.Namespaces.ListType);

    public static IReadOnlyList<PersistentVolumeClaim> Claims => Read("persistentvolumeclaims", KubeResources.PersistentVolumeClaims.ListType);

    public static IReadOnlyList<PersistentVolume> Volumes => Read("persistentvolumes", KubeResources.PersistentVolumes.ListType);

    public static IReadOnlyList<StorageClass> StorageClasses => Read("storageclasses", KubeResources.StorageClasses.ListType);

    private static IReadOnlyList<T> Read<T>(string name, JsonTypeInfo<KubeList<T>> listType) =>
        System.Text.Json.JsonSerializer.Deserialize(File.ReadAllBytes(TestData.Path("cluster", name + ".json")), listType)!.Items;
}
