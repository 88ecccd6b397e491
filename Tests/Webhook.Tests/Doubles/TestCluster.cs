using Stork.Shared.Annotations;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;
using Stork.Shared.Mutation;
using Stork.Shared.Storage.Classification;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>A small cluster for decision tests: namespaces <c>default</c> and <c>other</c>, Portworx,
/// in-tree Portworx, GCE and TopoLVM classes, and claims owned in each way the rules know.</summary>
internal static class TestCluster
{
    public static readonly StorageClass[] StorageClasses =
    [
        Class("px-db", "pxd.portworx.com"),
        Class("px-intree", "kubernetes.io/portworx-volume"),
        Class("standard", "kubernetes.io/gce-pd"),
        Class("local", "topolvm.io"),
    ];

    public static readonly PersistentVolumeClaim[] Claims =
    [
        Claim("default", "px-claim", "px-db"),
        Claim("default", "intree-claim", "px-intree"),
        Claim("default", "other-claim", "standard"),
        Claim("default", "local-claim", "local"),
        Claim("default", "bound-claim", "manual", volumeName: "pv-px"),
        Claim("default", "annotated-claim", null) with
        {
            Metadata = new ObjectMeta
            {
                Name = "annotated-claim",
                Namespace = "default",
                Annotations = new Dictionary<string, string> { ["volume.kubernetes.io/storage-provisioner"] = "pxd.portworx.com" },
            },
        },
        Claim("other", "other-px-claim", "px-db"),
    ];

    public static readonly PersistentVolume[] Volumes =
    [
        new() { Metadata = new() { Name = "pv-px" }, Spec = new() { Csi = new() { Driver = "pxd.portworx.com", VolumeHandle = "1234" } } },
    ];

    public static ClusterFacts Facts(Namespace? @namespace = null, IEnumerable<StorageClass>? storageClasses = null) => new(
        @namespace ?? Namespace("default"),
        new StorageObjects(
            CacheSnapshot<PersistentVolumeClaim>.Empty.ReplaceAll(Claims),
            CacheSnapshot<PersistentVolume>.Empty.ReplaceAll(Volumes),
            CacheSnapshot<StorageClass>.Empty.ReplaceAll(storageClasses ?? StorageClasses)));

    public static Namespace Namespace(string name, IReadOnlyDictionary<string, string>? labels = null) =>
        new() { Metadata = new() { Name = name, Labels = labels } };

    public static StorageClass Class(string name, string provisioner, bool isDefault = false) => new()
    {
        Metadata = new()
        {
            Name = name,
            Annotations = isDefault ? new Dictionary<string, string> { [AnnotationKeys.DefaultStorageClass] = "true" } : null,
        },
        Provisioner = provisioner,
    };

    public static PersistentVolumeClaim Claim(string @namespace, string name, string? storageClass, string? volumeName = null) => new()
    {
        Metadata = new() { Name = name, Namespace = @namespace },
        Spec = new() { StorageClassName = storageClass, VolumeName = volumeName },
    };
}
