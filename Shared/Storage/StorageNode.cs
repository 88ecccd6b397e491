namespace Stork.Shared.Storage;

/// <summary>A node of the storage cluster, with everything needed to match it to a Kubernetes node.</summary>
/// <param name="Id">The driver's node id (replica sets name these).</param>
/// <param name="SchedulerNodeName">The Kubernetes node name the driver reports (may be empty).</param>
/// <param name="Hostname">The node's hostname (may be empty).</param>
/// <param name="Ips">Management and data IPs.</param>
public sealed record StorageNode(
    string Id,
    string SchedulerNodeName,
    string Hostname,
    IReadOnlyList<string> Ips,
    StorageNodeStatus Status);
