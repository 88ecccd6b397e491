using Stork.Shared.Annotations;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Classification;
using Stork.Shared.Storage.Portworx;

namespace Stork.Shared.Tests.Storage.Classification;

internal sealed class VolumeClassifierTests
{
    private static readonly StorageObjects Objects = new(
        CacheSnapshot<PersistentVolumeClaim>.Empty.ReplaceAll(
        [
            Claim("bound", "px", "pv-1"), Claim("pending", "px", null), Claim("wffc", "px-wffc", null), Claim("phase-pending", "px", "pv-1", phase: "Pending"),
            Claim("restoring", "px", "pv-1") with { Metadata = new() { Name = "restoring", Namespace = "apps", Annotations = new Dictionary<string, string> { [AnnotationKeys.RestoreInProgress] = "True" } } },
            Claim("static", "", "pv-1"), Claim("web-0-data", "px", "pv-1"),
        ]),
        CacheSnapshot<PersistentVolume>.Empty.ReplaceAll([new() { Metadata = new() { Name = "pv-1" }, Spec = new() { Csi = new() { Driver = "pxd.portworx.com" } } }]),
        CacheSnapshot<StorageClass>.Empty.ReplaceAll(
        [
            new() { Metadata = new() { Name = "px" }, Provisioner = "pxd.portworx.com" },
            new() { Metadata = new() { Name = "px-wffc" }, Provisioner = "pxd.portworx.com", VolumeBindingMode = "WaitForFirstConsumer" },
            new() { Metadata = new() { Name = "gce", Annotations = new Dictionary<string, string> { [AnnotationKeys.DefaultStorageClass] = "true" } }, Provisioner = "kubernetes.io/gce-pd" },
        ]));

    [TestCase("bound", ClaimState.Bound, true)]
    [TestCase("pending", ClaimState.PendingImmediate, true)]
    [TestCase("wffc", ClaimState.PendingWaitForFirstConsumer, true)]
    [TestCase("phase-pending", ClaimState.PendingImmediate, true)]
    [TestCase("restoring", ClaimState.RestoreInProgress, true)]
    [TestCase("static", ClaimState.Bound, true)]
    [TestCase("gone", ClaimState.Missing, false)]
    public void Classify_Claim_StateAndOwnership(string claim, ClaimState state, bool owned)
    {
        var volume = Single(new Volume { Name = "v", PersistentVolumeClaim = new() { ClaimName = claim } });

        Assert.That((volume.Kind, volume.State, volume.DriverOwned, volume.ClaimKey), Is.EqualTo((PodVolumeKind.Claim, state, owned, "apps/" + claim)));
    }

    [Test]
    public void Classify_BoundClaim_NamesItsVolume() =>
        Assert.That(Single(new Volume { Name = "v", PersistentVolumeClaim = new() { ClaimName = "bound" } }), Has.Property(nameof(ClassifiedVolume.BoundVolumeName)).EqualTo("pv-1"));

    [TestCase("px-wffc", ClaimState.PendingWaitForFirstConsumer, true)]
    [TestCase("px", ClaimState.PendingImmediate, true)]
    [TestCase("", ClaimState.PendingImmediate, false)]
    [TestCase(null, ClaimState.PendingImmediate, false)]
    public void Classify_EphemeralWithoutItsPvc_PendingByTheTemplatesClass(string? storageClass, ClaimState state, bool owned)
    {
        var volume = Single(new Volume { Name = "cache", Ephemeral = new() { VolumeClaimTemplate = new() { Spec = new() { StorageClassName = storageClass } } } });

        Assert.That((volume.Kind, volume.State, volume.DriverOwned, volume.ClaimName), Is.EqualTo((PodVolumeKind.GenericEphemeral, state, owned, "web-0-cache")));
    }

    [Test]
    public void Classify_EphemeralWithItsPvc_JudgedByThePvc()
    {
        var volume = Single(new Volume { Name = "data", Ephemeral = new() { VolumeClaimTemplate = new() { Spec = new() { StorageClassName = "gce" } } } });

        Assert.That((volume.State, volume.DriverOwned, volume.ClaimName), Is.EqualTo((ClaimState.Bound, true, "web-0-data")));
    }

    [TestCase("pxd.portworx.com", true)]
    [TestCase("hostpath.csi.k8s.io", false)]
    public void Classify_InlineCsi_OwnedByItsDriver(string driver, bool owned) =>
        Assert.That(Single(new Volume { Name = "s", Csi = new() { Driver = driver } }), Has.Property(nameof(ClassifiedVolume.DriverOwned)).EqualTo(owned)
            .And.Property(nameof(ClassifiedVolume.State)).EqualTo(ClaimState.NotAClaim));

    [Test]
    public void Classify_PortworxVolume_OwnedAndNamedByItsVolumeId() =>
        Assert.That(Single(new Volume { Name = "l", PortworxVolume = new() { VolumeId = "123" } }), Has.Property(nameof(ClassifiedVolume.DriverOwned)).True
            .And.Property(nameof(ClassifiedVolume.BoundVolumeName)).EqualTo("123"));

    [Test]
    public void Classify_SameClaimTwiceAndOtherSources_ListedOnceInPodOrder()
    {
        var pod = Pod("web-0", new Volume { Name = "a", PersistentVolumeClaim = new() { ClaimName = "bound" } }, new Volume { Name = "config" },
            new Volume { Name = "b", PersistentVolumeClaim = new() { ClaimName = "bound" } }, new Volume { Name = "c", PersistentVolumeClaim = new() { ClaimName = "gone" } });

        Assert.That(VolumeClassifier.Classify(pod, "apps", Objects, PortworxDriver.PortworxOwnership).Select(v => v.Name), Is.EqualTo(new[] { "a", "c" }));
    }

    private static ClassifiedVolume Single(Volume volume) =>
        VolumeClassifier.Classify(Pod("web-0", volume), "apps", Objects, PortworxDriver.PortworxOwnership).Single();

    private static Pod Pod(string name, params Volume[] volumes) =>
        new() { Metadata = new() { Name = name, Namespace = "apps" }, Spec = new() { Volumes = volumes } };

    private static PersistentVolumeClaim Claim(string name, string storageClass, string? volumeName, string phase = "Bound") => new()
    {
        Metadata = new() { Name = name, Namespace = "apps" },
        Spec = new() { StorageClassName = storageClass, VolumeName = volumeName },
        Status = new() { Phase = phase },
    };
}
