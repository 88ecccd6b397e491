using Stork.Shared.Kube.Models;

namespace Stork.Shared.Storage.Csi;

/// <summary>Pure rules turning Kubernetes objects into the storage topology of a node-local CSI driver:
/// its storage nodes are the nodes whose CSINode lists the driver, and a volume's replicas are the
/// nodes its PV's node affinity pins it to.</summary>
internal static class CsiTopology
{
    public const string HostnameLabel = "kubernetes.io/hostname";
    public const string HostnameAddress = "Hostname";
    public const string InternalIpAddress = "InternalIP";
    public const string ReadyCondition = "Ready";

    /// <summary>The <paramref name="nodes"/> (in their order) whose CSINode — the one with the node's
    /// name — lists one of <paramref name="drivers"/>. When no CSINode lists any of them, they are
    /// provisioners without a node plugin (<c>rancher.io/local-path</c>, <c>openebs.io/local</c>): their
    /// volumes are pinned by PV node affinity alone and any node can serve one, so every node counts.</summary>
    public static IReadOnlyList<StorageNode> StorageNodes(
        IEnumerable<Node> nodes, IEnumerable<CsiNode> csiNodes, IReadOnlySet<string> drivers)
    {
        var registered = csiNodes.ToArray();
        var listed = registered.SelectMany(c => c.Spec.Drivers ?? []).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        if (!drivers.Overlaps(listed))
        {
            return [.. nodes.Select(ToStorageNode)];
        }

        var withDriver = registered
            .Where(csiNode => HasDriver(csiNode, drivers))
            .Select(csiNode => csiNode.Metadata.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return [.. nodes.Where(node => node.Metadata.Name is { } name && withDriver.Contains(name)).Select(ToStorageNode)];
    }

    public static bool HasDriver(CsiNode csiNode, IReadOnlySet<string> drivers) =>
        csiNode.Spec.Drivers?.Any(driver => drivers.Contains(driver.Name)) == true;

    /// <summary>Id and scheduler name are the node name; hostname is its Hostname address, else its
    /// <c>kubernetes.io/hostname</c> label; IPs are its InternalIP addresses; Online when Ready is "True".</summary>
    public static StorageNode ToStorageNode(Node node)
    {
        var name = node.Metadata.Name ?? "";
        var addresses = node.Status?.Addresses ?? [];
        var hostname = addresses.FirstOrDefault(a => a.Type == HostnameAddress && a.Address.Length > 0)?.Address
            ?? node.Metadata.Label(HostnameLabel)
            ?? "";
        var ips = addresses.Where(a => a.Type == InternalIpAddress).Select(a => a.Address).ToArray();
        var ready = node.Status?.Conditions?.FirstOrDefault(c => c.Type == ReadyCondition)?.Status == "True";
        return new(name, name, hostname, ips, ready ? StorageNodeStatus.Online : StorageNodeStatus.Offline);
    }

    /// <summary>The names of the <paramref name="nodes"/> (in their order) selected by the PV's
    /// <c>spec.nodeAffinity.required</c>; none when the PV has no required node affinity.</summary>
    public static IReadOnlyList<string> Replicas(PersistentVolume volume, IEnumerable<Node> nodes)
    {
        if (volume.Spec.NodeAffinity?.Required is not { } required)
        {
            return [];
        }

        var matcher = new NodeSelectorMatcher(required);
        return [.. nodes.Where(matcher.Matches).Select(node => node.Metadata.Name ?? "")];
    }
}
