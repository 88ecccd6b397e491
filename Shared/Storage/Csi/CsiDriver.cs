using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Csi;

/// <summary>The storage driver for node-local CSI drivers (TopoLVM, OpenEBS LocalPV, ...), read entirely
/// from the Kubernetes caches: storage nodes from Nodes and CSINodes, replicas from PV node affinity.
/// Every call reads each cache snapshot once and reuses the derived topology while neither changed.</summary>
internal sealed class CsiDriver : IStorageDriver
{
    public const string DriverName = "csi";

    private static readonly IReadOnlyDictionary<string, string> NoLabels = FrozenDictionary<string, string>.Empty;

    private readonly IResourceCache<Node> nodes;
    private readonly IResourceCache<CsiNode> csiNodes;
    private readonly FrozenSet<string> drivers;
    private CsiTopologyView? view;

    public CsiDriver(IOptions<CsiDriverOptions> options, IResourceCache<Node> nodes, IResourceCache<CsiNode> csiNodes)
    {
        this.nodes = nodes;
        this.csiNodes = csiNodes;
        drivers = options.Value.Drivers.ToFrozenSet(StringComparer.Ordinal);
        Ownership = new VolumeOwnership(drivers, InTreePortworx: false);
    }

    public string Name => DriverName;

    public VolumeOwnership Ownership { get; }

    public ValueTask<DriverResult<IReadOnlyList<StorageNode>>> GetNodesAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Derive(topology => topology.StorageNodes));

    public ValueTask<DriverResult<DriverVolume>> GetVolumeAsync(PersistentVolume volume, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Derive(topology => ToDriverVolume(volume, topology)));

    private static DriverVolume ToDriverVolume(PersistentVolume volume, CsiTopologyView topology)
    {
        var name = volume.Metadata.Name ?? "";
        var id = volume.Spec.Csi?.VolumeHandle is { Length: > 0 } handle ? handle : name;
        return new(id, name, CsiTopology.Replicas(volume, topology.Nodes), NoLabels, AntiHyperconvergence: false);
    }

    /// <summary>Never throws: unsynced caches and unexpected failures become a failed result.</summary>
    private DriverResult<T> Derive<T>(Func<CsiTopologyView, T> derive)
        where T : class
    {
        if (!nodes.IsSynced || !csiNodes.IsSynced)
        {
            return DriverResult<T>.Fail("csi: the node and CSINode caches are not synced yet");
        }

        try
        {
            return DriverResult<T>.Ok(derive(CurrentTopology()));
        }
        catch (Exception e)
        {
            return DriverResult<T>.Fail("csi: " + e.Message);
        }
    }

    private CsiTopologyView CurrentTopology()
    {
        var nodeSnapshot = nodes.Snapshot;
        var csiNodeSnapshot = csiNodes.Snapshot;
        var current = Volatile.Read(ref view);
        if (current is not null && current.IsFor(nodeSnapshot, csiNodeSnapshot))
        {
            return current;
        }

        var next = CsiTopologyView.Create(nodeSnapshot, csiNodeSnapshot, drivers);
        Volatile.Write(ref view, next);
        return next;
    }
}
