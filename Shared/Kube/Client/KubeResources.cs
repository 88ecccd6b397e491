using Stork.Shared.Json;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Client;

/// <summary>The resources the services read.</summary>
public static class KubeResources
{
    public static readonly KubeResource<Node> Nodes =
        new("nodes", "api/v1", false, KubeJsonContext.Default.Node, KubeJsonContext.Default.KubeListNode);

    public static readonly KubeResource<Namespace> Namespaces =
        new("namespaces", "api/v1", false, KubeJsonContext.Default.Namespace, KubeJsonContext.Default.KubeListNamespace);

    public static readonly KubeResource<PersistentVolumeClaim> PersistentVolumeClaims =
        new("persistentvolumeclaims", "api/v1", true, KubeJsonContext.Default.PersistentVolumeClaim, KubeJsonContext.Default.KubeListPersistentVolumeClaim);

    public static readonly KubeResource<PersistentVolume> PersistentVolumes =
        new("persistentvolumes", "api/v1", false, KubeJsonContext.Default.PersistentVolume, KubeJsonContext.Default.KubeListPersistentVolume);

    public static readonly KubeResource<StorageClass> StorageClasses =
        new("storageclasses", "apis/storage.k8s.io/v1", false, KubeJsonContext.Default.StorageClass, KubeJsonContext.Default.KubeListStorageClass);

    public static readonly KubeResource<CsiNode> CsiNodes =
        new("csinodes", "apis/storage.k8s.io/v1", false, KubeJsonContext.Default.CsiNode, KubeJsonContext.Default.KubeListCsiNode);

    public static readonly KubeResource<Pod> Pods =
        new("pods", "api/v1", true, KubeJsonContext.Default.Pod, KubeJsonContext.Default.KubeListPod);
}
