namespace Stork.Shared.Annotations;

/// <summary>Every annotation, label and StorageClass parameter key the services read, in one place.</summary>
public static class AnnotationKeys
{
    private const string Stork = "stork.libopenstorage.org/";

    /// <summary>Pod: only nodes holding a replica of every volume pass the filter.</summary>
    public const string PreferLocalNodeOnly = Stork + "preferLocalNodeOnly";

    /// <summary>Pod: score every node alike (no locality preference).</summary>
    public const string DisableHyperconvergence = Stork + "disableHyperconvergence";

    /// <summary>Volume label / StorageClass parameter / PVC annotation: leave this volume out of scoring.</summary>
    public const string SkipSchedulerScoring = Stork + "skipSchedulerScoring";

    /// <summary>Sharedv4 service volumes: prefer nodes without a replica (default true).</summary>
    public const string PreferRemoteNode = Stork + "preferRemoteNode";

    /// <summary>Sharedv4 service volumes: never place the pod on a replica node.</summary>
    public const string PreferRemoteNodeOnly = Stork + "preferRemoteNodeOnly";

    /// <summary>PVC: a restore is writing the volume; pods using it cannot be scheduled yet.</summary>
    public const string RestoreInProgress = Stork + "restore-in-progress";

    /// <summary>Pod annotation (skip) and namespace label (opt out) of the admission webhook; Stork's name.</summary>
    public const string DisableAdmissionController = Stork + "disable-admission-controller";

    /// <summary>Node: the Portworx operator marked the node unschedulable for storage pods.</summary>
    public const string OperatorUnschedulable = "operator.libopenstorage.org/unschedulable";

    /// <summary>Volume label of Windows (SMB) shares: placement is not locality-driven.</summary>
    public const string WindowsShare = "winshare";

    /// <summary>Node label of the Portworx rack (default of <c>--rack-label</c>).</summary>
    public const string PortworxRack = "px/rack";

    public const string Hostname = "kubernetes.io/hostname";
    public const string Zone = "topology.kubernetes.io/zone";
    public const string Region = "topology.kubernetes.io/region";
    public const string LegacyZone = "failure-domain.beta.kubernetes.io/zone";
    public const string LegacyRegion = "failure-domain.beta.kubernetes.io/region";

    /// <summary>StorageClass annotation (value <c>true</c>) marking the class used by claims that name none.</summary>
    public const string DefaultStorageClass = "storageclass.kubernetes.io/is-default-class";
    public const string BetaDefaultStorageClass = "storageclass.beta.kubernetes.io/is-default-class";

    /// <summary>Label every namespace carries since Kubernetes 1.21.</summary>
    public const string NamespaceName = "kubernetes.io/metadata.name";
}
