namespace Stork.Shared.Storage;

/// <summary>A volume as the storage driver reports it.</summary>
/// <param name="Id">The driver's volume id.</param>
/// <param name="Name">A name users recognise (the PV name, or the driver's locator name).</param>
/// <param name="ReplicaNodeIds">Storage node ids holding a replica (empty: not placed yet).</param>
/// <param name="Labels">The driver's own volume labels (StorageClass parameters and PVC
/// annotations are merged in by the caller).</param>
/// <param name="AntiHyperconvergence">A volume served remotely by design (Portworx sharedv4 service).</param>
public sealed record DriverVolume(
    string Id,
    string Name,
    IReadOnlyList<string> ReplicaNodeIds,
    IReadOnlyDictionary<string, string> Labels,
    bool AntiHyperconvergence);
