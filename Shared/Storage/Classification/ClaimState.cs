namespace Stork.Shared.Storage.Classification;

/// <summary>Where a pod volume's PVC stands.</summary>
internal enum ClaimState
{
    /// <summary>Not a claim (inline CSI, <c>portworxVolume</c>).</summary>
    NotAClaim,

    /// <summary>The PVC does not exist (or is not known yet).</summary>
    Missing,

    /// <summary>Annotated <c>stork.libopenstorage.org/restore-in-progress</c> (a Go boolean, true).</summary>
    RestoreInProgress,

    /// <summary>Not bound yet, and its StorageClass binds where the pod lands.</summary>
    PendingWaitForFirstConsumer,

    /// <summary>Not bound yet, and its StorageClass binds immediately (or names none).</summary>
    PendingImmediate,

    /// <summary>Bound to the PV <see cref="ClassifiedVolume.BoundVolumeName"/>.</summary>
    Bound,
}
