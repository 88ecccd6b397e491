using System.Text.Json;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Models;
using Stork.Shared.Mutation;
using Stork.Shared.Storage.Classification;
using Stork.Shared.Storage.Portworx;
using static Stork.Scoring.Tests.Cluster.VolumeCluster;

namespace Stork.Scoring.Tests.Cluster;

/// <summary>The same pods and cluster fed to both services: the webhook's decision and the extender's
/// resolver agree on "is any volume the driver's", and the extender handles every kind the webhook mutates for.</summary>
internal sealed class DriverVolumeAgreementTests
{
    private static readonly MutationPolicy Policy = new MutationOptions().ToPolicy("pxd", PortworxDriver.PortworxOwnership);

    private static IEnumerable<TestCaseData> Fixtures()
    {
        yield return Case("ClaimBound", true, FilterOutcome.Filtered, ClaimVolume("bound"));
        yield return Case("ClaimPendingImmediate", true, FilterOutcome.CannotSchedule, ClaimVolume("pending"));
        yield return Case("ClaimPendingWaitForFirstConsumer", true, FilterOutcome.Filtered, ClaimVolume("pending-wffc"));
        yield return Case("ClaimMissing", false, FilterOutcome.CannotSchedule, ClaimVolume("gone"));
        yield return Case("ClaimRestoring", true, FilterOutcome.CannotSchedule, ClaimVolume("restoring"));
        yield return Case("ClaimOfAnotherDriver", false, FilterOutcome.NoDriverVolumes, ClaimVolume("other"));
        yield return Case("EphemeralWithItsPvc", true, FilterOutcome.Filtered, EphemeralVolume("data", "standard"));
        yield return Case("EphemeralWithoutPvcWaitForFirstConsumer", true, FilterOutcome.Filtered, EphemeralVolume("cache", "px-wffc"));
        yield return Case("EphemeralWithoutPvcImmediate", true, FilterOutcome.CannotSchedule, EphemeralVolume("cache", "px"));
        yield return Case("EphemeralWithoutPvcOfAnotherDriver", false, FilterOutcome.NoDriverVolumes, EphemeralVolume("cache", "standard"));
        yield return Case("InlineCsiOfTheDriver", true, FilterOutcome.Filtered, InlineCsi("pxd.portworx.com"));
        yield return Case("InlineCsiOfAnotherDriver", false, FilterOutcome.NoDriverVolumes, InlineCsi("hostpath.csi.k8s.io"));
        yield return Case("PortworxVolume", true, FilterOutcome.Filtered, PortworxVolume("px-inline"));
        yield return Case("MixedOtherClaimAndInlineDriverCsi", true, FilterOutcome.Filtered, ClaimVolume("other"), InlineCsi("pxd.portworx.com"));

        static TestCaseData Case(string name, bool driver, FilterOutcome outcome, params Volume[] volumes) =>
            new TestCaseData(Pod(volumes), driver, outcome).SetName($"BothServices_{name}_Agree");
    }

    [TestCaseSource(nameof(Fixtures))]
    public async Task BothServices_SameFixture_AgreeOnTheDriversVolumes(Pod pod, bool driverExpected, FilterOutcome outcome)
    {
        var cluster = new VolumeCluster();
        var storage = new StorageObjects(cluster.Claims.Snapshot, cluster.Volumes.Snapshot, cluster.Classes.Snapshot);

        var webhook = MutationDecider.Decide(Policy, Create(pod), new ClusterFacts(null, storage));
        var (extender, error) = await cluster.Resolver.ClassifyAsync(pod, CancellationToken.None);
        var filter = await cluster.FilterAsync(pod);

        Assert.That(error, Is.Null);
        Assert.That(webhook.Kind == OutcomeKind.Mutated, Is.EqualTo(driverExpected), webhook.Reason);
        Assert.That(extender.Any(v => v.DriverOwned), Is.EqualTo(driverExpected));
        Assert.That(filter.Outcome, Is.EqualTo(outcome), filter.Reason);
        if (outcome == FilterOutcome.Filtered)
        {
            Assert.That(filter.Passed, Does.Not.Contain("n3"), "a driver volume keeps the pod to driver nodes");
        }
    }

    private static AdmissionFacts Create(Pod pod) =>
        new("CREATE", "", "Pod", "", pod.Metadata.Namespace, pod, JsonSerializer.SerializeToElement(pod, Stork.Shared.Json.KubeJsonContext.Default.Pod));
}
