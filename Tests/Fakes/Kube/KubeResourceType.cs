namespace Stork.Tests.Fakes.Kube;

/// <summary>A resource the fake serves: where it lives and what its objects are called.</summary>
internal sealed record KubeResourceType(string GroupVersionPath, string Plural, string Kind, string ApiVersion, bool Namespaced)
{
    /// <summary>The collection path across all namespaces, e.g. <c>/api/v1/persistentvolumeclaims</c>.</summary>
    public string CollectionPath => $"/{GroupVersionPath}/{Plural}";

    /// <summary>The API group (empty for the core group).</summary>
    public string Group => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[..ApiVersion.IndexOf('/', StringComparison.Ordinal)] : "";

    public static readonly KubeResourceType Nodes = new("api/v1", "nodes", "Node", "v1", false);
    public static readonly KubeResourceType Namespaces = new("api/v1", "namespaces", "Namespace", "v1", false);
    public static readonly KubeResourceType PersistentVolumeClaims = new("api/v1", "persistentvolumeclaims", "PersistentVolumeClaim", "v1", true);
    public static readonly KubeResourceType PersistentVolumes = new("api/v1", "persistentvolumes", "PersistentVolume", "v1", false);
    public static readonly KubeResourceType Pods = new("api/v1", "pods", "Pod", "v1", true);
    public static readonly KubeResourceType Events = new("api/v1", "events", "Event", "v1", true);
    public static readonly KubeResourceType StorageClasses = new("apis/storage.k8s.io/v1", "storageclasses", "StorageClass", "storage.k8s.io/v1", false);
    public static readonly KubeResourceType CsiNodes = new("apis/storage.k8s.io/v1", "csinodes", "CSINode", "storage.k8s.io/v1", false);
    public static readonly KubeResourceType Leases = new("apis/coordination.k8s.io/v1", "leases", "Lease", "coordination.k8s.io/v1", true);

    public static readonly IReadOnlyList<KubeResourceType> All =
        [Nodes, Namespaces, PersistentVolumeClaims, PersistentVolumes, Pods, Events, StorageClasses, CsiNodes, Leases];
}
