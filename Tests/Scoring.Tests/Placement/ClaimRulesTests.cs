using Stork.Scoring.Placement;
using Stork.Shared.Storage.Classification;

namespace Stork.Scoring.Tests.Placement;

internal sealed class ClaimRulesTests
{
    private static ClassifiedVolume Claim(string name, ClaimState state, bool owned = true) =>
        new(name, PodVolumeKind.Claim, owned, state, "PVC apps/" + name, "PVC apps/" + name, name, "apps/" + name);

    [Test]
    public void Blocker_RestoreInProgress_RejectsEvenAClaimOfAnotherDriver()
    {
        var blocker = ClaimRules.Blocker([Claim("data", ClaimState.Bound), Claim("restored", ClaimState.RestoreInProgress, owned: false)]);

        Assert.That(blocker, Is.EqualTo(new VolumeLookup.RestoreInProgress("apps/restored")));
    }

    [Test]
    public void Blocker_MissingClaim_Rejects() =>
        Assert.That(ClaimRules.Blocker([Claim("gone", ClaimState.Missing, owned: false)]), Is.EqualTo(new VolumeLookup.MissingClaim("apps/gone")));

    [Test]
    public void Blocker_FirstInPodOrderWins_BeforeAnyPendingClaim()
    {
        var blocker = ClaimRules.Blocker([Claim("new", ClaimState.PendingImmediate), Claim("restored", ClaimState.RestoreInProgress), Claim("gone", ClaimState.Missing)]);

        Assert.That(blocker, Is.EqualTo(new VolumeLookup.RestoreInProgress("apps/restored")));
    }

    [Test]
    public void Blocker_DriverClaimPendingImmediate_Rejects() =>
        Assert.That(ClaimRules.Blocker([Claim("new", ClaimState.PendingImmediate)]), Is.EqualTo(new VolumeLookup.PendingClaim("PVC apps/new")));

    [TestCase(ClaimState.PendingImmediate, false, TestName = "Blocker_OtherDriverClaimPendingImmediate_None")]
    [TestCase(ClaimState.PendingWaitForFirstConsumer, true, TestName = "Blocker_DriverClaimPendingWaitForFirstConsumer_None")]
    [TestCase(ClaimState.Bound, true, TestName = "Blocker_DriverClaimBound_None")]
    public void Blocker_PlaceableClaim_None(ClaimState state, bool owned) =>
        Assert.That(ClaimRules.Blocker([Claim("data", state, owned)]), Is.Null);

    [Test]
    public void DriverVolumes_OnlyTheDriversPlaceableVolumes()
    {
        ClassifiedVolume[] volumes =
        [
            Claim("bound", ClaimState.Bound), Claim("wffc", ClaimState.PendingWaitForFirstConsumer), Claim("other", ClaimState.Bound, owned: false),
            new("scratch", PodVolumeKind.InlineCsi, true, ClaimState.NotAClaim, "inline CSI volume scratch", "inline CSI volume of driver pxd.portworx.com"),
        ];

        Assert.That(ClaimRules.DriverVolumes(volumes).Select(v => v.Name), Is.EqualTo(new[] { "bound", "wffc", "scratch" }));
    }
}
