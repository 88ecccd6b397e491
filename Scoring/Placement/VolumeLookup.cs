namespace Stork.Scoring.Placement;

/// <summary>The outcome of gathering a pod's driver volumes; the edge fills it in, the rules decide.</summary>
internal abstract record VolumeLookup
{
    private VolumeLookup()
    {
    }

    /// <summary>The pod's driver volumes (possibly none); pending WaitForFirstConsumer claims, inline CSI
    /// volumes and volumes the driver could not describe are included without replicas.</summary>
    public sealed record Ready(IReadOnlyList<PodVolume> Volumes) : VolumeLookup;

    /// <summary>A referenced PVC does not exist.</summary>
    public sealed record MissingClaim(string Claim) : VolumeLookup;

    /// <summary>A PVC is annotated <c>stork.libopenstorage.org/restore-in-progress=true</c>.</summary>
    public sealed record RestoreInProgress(string Claim) : VolumeLookup;

    /// <summary>A driver PVC is Pending and its StorageClass binds immediately.</summary>
    public sealed record PendingClaim(string Claim) : VolumeLookup;

    /// <summary>The pod's PVCs or their PVs could not be read from the Kubernetes API.</summary>
    public sealed record LookupFailed(string Message) : VolumeLookup;
}
