namespace Stork.Shared.Storage.Classification;

/// <summary>The pod volume sources that can reach a storage driver.</summary>
internal enum PodVolumeKind
{
    /// <summary><c>persistentVolumeClaim</c>.</summary>
    Claim,

    /// <summary><c>ephemeral</c>: a PVC named <c>&lt;pod&gt;-&lt;volume&gt;</c> made from the pod's template.</summary>
    GenericEphemeral,

    /// <summary>An inline <c>csi</c> volume.</summary>
    InlineCsi,

    /// <summary>In-tree <c>portworxVolume</c>, named by its volume ID.</summary>
    PortworxVolume,
}
