namespace Stork.Scoring.Hyperconvergence;

/// <summary>Where a running stork pod is relative to its scored volumes' replicas (the metric's label values).</summary>
internal enum PodPlacement
{
    /// <summary>Every scored volume has a replica on the pod's node.</summary>
    Hyperconverged,

    /// <summary>Some scored volumes have a replica on the pod's node, others not.</summary>
    Partial,

    /// <summary>No scored volume has a replica on the pod's node.</summary>
    Remote,

    /// <summary>The pod's claims, the driver's volumes or its storage nodes could not be read.</summary>
    Unknown,
}
