using Stork.Shared.Storage.Classification;

namespace Stork.Scoring.Placement;

/// <summary>The filter's claim rules (Stork parity), pure: before any driver call, a pod is rejected
/// for the first of its PVCs (pod order, the driver's or not) that is missing or being restored, then for
/// a driver PVC that is pending while its StorageClass binds immediately.</summary>
internal static class ClaimRules
{
    /// <summary>Why the pod cannot be placed yet, or null when its claims allow placing it.</summary>
    public static VolumeLookup? Blocker(IReadOnlyList<ClassifiedVolume> volumes)
    {
        foreach (var volume in volumes)
        {
            switch (volume.State)
            {
                case ClaimState.Missing:
                    return new VolumeLookup.MissingClaim(volume.ClaimKey!);
                case ClaimState.RestoreInProgress:
                    return new VolumeLookup.RestoreInProgress(volume.ClaimKey!);
            }
        }

        var pending = volumes.FirstOrDefault(v => v.DriverOwned && v.State == ClaimState.PendingImmediate);
        return pending is null ? null : new VolumeLookup.PendingClaim(pending.Display);
    }

    /// <summary>The driver volumes placement looks at: the driver's volumes that are bound, pending
    /// WaitForFirstConsumer (no replicas yet) or inline.</summary>
    public static IReadOnlyList<ClassifiedVolume> DriverVolumes(IReadOnlyList<ClassifiedVolume> volumes) =>
        [.. volumes.Where(v => v.DriverOwned && v.State is ClaimState.Bound or ClaimState.PendingWaitForFirstConsumer or ClaimState.NotAClaim)];
}
