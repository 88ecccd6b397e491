using Stork.Shared.Storage.Portworx.Sdk;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Pure mapping of SDK storage nodes to <see cref="StorageNode"/>, with Stork's status map. Hostnames
/// are lower-cased, as Stork's Portworx driver does (a storage node reporting <c>NODE2</c> is node <c>node2</c>).</summary>
internal static class PortworxNodeMapper
{
    public static StorageNode ToStorageNode(SdkStorageNode node) => new(
        node.Id,
        node.SchedulerNodeName ?? "",
        (node.Hostname ?? "").ToLowerInvariant(),
        Ips(node),
        MapStatus(node.Status));

    /// <summary>OK/NONE → Online; STORAGE_DOWN/POOLMAINTENANCE → StorageDown;
    /// STORAGE_DEGRADED/REBALANCE/DRIVE_REPLACE → Degraded; anything else → Offline.
    /// An absent status is the proto default, STATUS_NONE.</summary>
    public static StorageNodeStatus MapStatus(string? status) => status switch
    {
        null or "STATUS_OK" or "STATUS_NONE" => StorageNodeStatus.Online,
        "STATUS_STORAGE_DOWN" or "STATUS_POOLMAINTENANCE" => StorageNodeStatus.StorageDown,
        "STATUS_STORAGE_DEGRADED" or "STATUS_STORAGE_REBALANCE" or "STATUS_STORAGE_DRIVE_REPLACE" =>
            StorageNodeStatus.Degraded,
        _ => StorageNodeStatus.Offline,
    };

    private static string[] Ips(SdkStorageNode node)
    {
        string?[] candidates = [node.MgmtIp, node.DataIp];
        return candidates.OfType<string>().Where(ip => ip.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }
}
