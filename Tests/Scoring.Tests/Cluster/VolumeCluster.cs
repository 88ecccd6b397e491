using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Classification;

namespace Stork.Scoring.Tests.Cluster;

/// <summary>One cluster holding a volume of every kind both services judge: Portworx classes (immediate and
/// WaitForFirstConsumer) and a GCE class; PVCs bound, pending, restoring and of another driver; an
/// ephemeral volume's PVC; Portworx volumes with replicas on s1 (node n1). Nodes n1, n2 run Portworx, n3 does not.</summary>
internal sealed class VolumeCluster
{
    public const string Namespace = "apps";

    public static readonly KubeNodeInfo[] Nodes =
    [
        new("n1", ["n1"], [], new Dictionary<string, string>(), false),
        new("n2", ["n2"], [], new Dictionary<string, string>(), false),
        new("n3", ["n3"], [], new Dictionary<string, string>(), false),
    ];

    public VolumeCluster()
    {
        Claims.Replace(
        [
            Claim("bound", "px", volumeName: "pv-bound"),
            Claim("pending", "px", pending: true),
            Claim("pending-wffc", "px-wffc", pending: true),
            Claim("restoring", "px", volumeName: "pv-restoring", restoring: true),
            Claim("other", "standard", volumeName: "pv-other"),
            Claim("web-0-data", "px", volumeName: "pv-ephemeral"),
        ]);
        Volumes.Replace([Pv("pv-bound", "vol-bound"), Pv("pv-restoring", "vol-restoring"), Pv("pv-ephemeral", "vol-ephemeral"), GcePv("pv-other")]);
        Classes.Replace(
        [
            new() { Metadata = new() { Name = "px" }, Provisioner = "pxd.portworx.com" },
            new() { Metadata = new() { Name = "px-wffc" }, Provisioner = "pxd.portworx.com", VolumeBindingMode = "WaitForFirstConsumer" },
            new() { Metadata = new() { Name = "standard" }, Provisioner = "kubernetes.io/gce-pd" },
        ]);
        Driver = new FakeStorageDriver(
            [Storage("s1", "n1"), Storage("s2", "n2")],
            new[] { "vol-bound", "vol-restoring", "vol-ephemeral", "px-inline" }.ToDictionary(
                id => id, id => new DriverVolume(id, id, ["s1"], new Dictionary<string, string>(), false), StringComparer.Ordinal));
        Resolver = new PodVolumeResolver(Reader, Driver);
    }

    public ResourceCache<PersistentVolumeClaim> Claims { get; } = new(KubeResources.PersistentVolumeClaims);

    public ResourceCache<PersistentVolume> Volumes { get; } = new(KubeResources.PersistentVolumes);

    public ResourceCache<StorageClass> Classes { get; } = new(KubeResources.StorageClasses);

    public NotFoundKubeApi Api { get; } = new();

    public FakeStorageDriver Driver { get; }

    public StorageObjectsReader Reader => new(
        Claims, Volumes, Classes, Api, Options.Create(new CacheMissReadOptions()), TimeProvider.System, NullLogger<StorageObjectsReader>.Instance);

    public PodVolumeResolver Resolver { get; }

    public static StorageTopology Topology() => StorageTopology.Build([Storage("s1", "n1"), Storage("s2", "n2")], Nodes, AnnotationKeys.PortworxRack);

    /// <summary>The extender's filter verdict for <paramref name="pod"/>, through the real resolver.</summary>
    public async Task<FilterResult> FilterAsync(Pod pod)
    {
        var volumes = await Resolver.ResolveAsync(pod, CancellationToken.None);
        return PlacementFilter.Filter(new(PodSchedulingOptions.None, volumes, DriverResult<StorageTopology>.Ok(Topology()), Nodes));
    }

    public static Pod Pod(params Volume[] volumes) =>
        new() { Metadata = new() { Name = "web-0", Namespace = Namespace }, Spec = new() { Volumes = volumes } };

    public static Volume ClaimVolume(string claim) => new() { Name = "v-" + claim, PersistentVolumeClaim = new() { ClaimName = claim } };

    public static Volume EphemeralVolume(string name, string storageClass) =>
        new() { Name = name, Ephemeral = new() { VolumeClaimTemplate = new() { Spec = new() { StorageClassName = storageClass } } } };

    public static Volume InlineCsi(string driver) => new() { Name = "scratch", Csi = new() { Driver = driver } };

    public static Volume PortworxVolume(string id) => new() { Name = "legacy", PortworxVolume = new() { VolumeId = id } };

    private static StorageNode Storage(string id, string node) => new(id, node, node, [], StorageNodeStatus.Online);

    private static PersistentVolumeClaim Claim(string name, string storageClass, string? volumeName = null, bool pending = false, bool restoring = false) => new()
    {
        Metadata = new()
        {
            Name = name,
            Namespace = Namespace,
            Annotations = restoring ? new Dictionary<string, string> { [AnnotationKeys.RestoreInProgress] = "true" } : null,
        },
        Spec = new() { StorageClassName = storageClass, VolumeName = volumeName },
        Status = new() { Phase = pending ? "Pending" : "Bound" },
    };

    private static PersistentVolume Pv(string name, string handle) =>
        new() { Metadata = new() { Name = name }, Spec = new() { Csi = new() { Driver = "pxd.portworx.com", VolumeHandle = handle } } };

    private static PersistentVolume GcePv(string name) => new() { Metadata = new() { Name = name } };
}
