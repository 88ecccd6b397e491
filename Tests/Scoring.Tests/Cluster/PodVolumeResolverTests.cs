using Stork.Scoring.Placement;
using static Stork.Scoring.Tests.Cluster.VolumeCluster;

namespace Stork.Scoring.Tests.Cluster;

internal sealed class PodVolumeResolverTests
{
    [TestCase(true, TestName = "Filter_DriverVolumeCallFails_KeepsDriverNodesOnly")]
    [TestCase(false, TestName = "Filter_VolumeUnknownToTheDriver_KeepsDriverNodesOnly")]
    public async Task Filter_DriverCannotDescribeTheVolume_KeepsDriverNodesOnly(bool callFails)
    {
        var cluster = new VolumeCluster();
        cluster.Driver.FailVolumes = callFails;
        var pod = Pod(callFails ? ClaimVolume("bound") : PortworxVolume("unknown-to-the-driver"));

        var volumes = await cluster.Resolver.ResolveAsync(pod, CancellationToken.None);
        var filter = await cluster.FilterAsync(pod);

        var volume = ((VolumeLookup.Ready)volumes).Volumes.Single();
        Assert.That(volume.IsPlaced, Is.False, "no replicas known: locality fails open");
        Assert.That(filter.Passed, Is.EqualTo(new[] { "n1", "n2" }));
        Assert.That(filter.Failed["n3"], Is.EqualTo(FilterReasons.NotStorageNode));
    }

    [Test]
    public async Task Resolve_InlineDriverCsi_NoReplicasAndNoDriverCall()
    {
        var cluster = new VolumeCluster();

        var volumes = await cluster.Resolver.ResolveAsync(Pod(InlineCsi("pxd.portworx.com")), CancellationToken.None);

        Assert.That(((VolumeLookup.Ready)volumes).Volumes.Single(), Has.Property(nameof(PodVolume.DisplayName)).EqualTo("inline CSI volume scratch").And.Property(nameof(PodVolume.IsPlaced)).False);
        Assert.That(cluster.Driver.VolumeCalls, Is.Empty);
    }

    [Test]
    public async Task Resolve_PortworxVolume_LookedUpByItsVolumeId()
    {
        var cluster = new VolumeCluster();

        var volumes = await cluster.Resolver.ResolveAsync(Pod(PortworxVolume("px-inline")), CancellationToken.None);

        Assert.That(cluster.Driver.VolumeCalls, Is.EqualTo(new[] { "px-inline" }));
        Assert.That(((VolumeLookup.Ready)volumes).Volumes.Single().ReplicaNodeIds, Is.EqualTo(new[] { "s1" }));
    }

    [Test]
    public async Task Resolve_ClaimNotInTheCache_ReadOnceFromTheApiThenMissing()
    {
        var cluster = new VolumeCluster();

        var volumes = await cluster.Resolver.ResolveAsync(Pod(ClaimVolume("gone")), CancellationToken.None);

        Assert.That(volumes, Is.EqualTo(new VolumeLookup.MissingClaim("apps/gone")));
        Assert.That(cluster.Api.Reads, Is.EqualTo(1));
    }

    [Test]
    public async Task Resolve_RestoringClaim_RejectedWithoutAskingTheDriver()
    {
        var cluster = new VolumeCluster();

        var volumes = await cluster.Resolver.ResolveAsync(Pod(ClaimVolume("bound"), ClaimVolume("restoring")), CancellationToken.None);

        Assert.That(volumes, Is.EqualTo(new VolumeLookup.RestoreInProgress("apps/restoring")));
        Assert.That(cluster.Driver.VolumeCalls, Is.Empty);
    }
}
