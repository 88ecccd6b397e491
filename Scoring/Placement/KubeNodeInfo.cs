using Stork.Shared.Annotations;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Placement;

/// <summary>A Kubernetes node reduced to what placement reads: its name, the addresses a storage node
/// can be matched on, its labels (locality) and whether the storage operator fenced it off. Tolerates odd
/// cached content (null addresses, no metadata or labels): one such node never fails a request.</summary>
/// <param name="Name">metadata.name.</param>
/// <param name="Hostnames">status.addresses of type Hostname.</param>
/// <param name="InternalIps">status.addresses of type InternalIP.</param>
/// <param name="Labels">metadata.labels.</param>
/// <param name="StorageUnschedulable">Annotated <c>operator.libopenstorage.org/unschedulable=true</c>.</param>
internal sealed record KubeNodeInfo(
    string Name,
    IReadOnlyList<string> Hostnames,
    IReadOnlyList<string> InternalIps,
    IReadOnlyDictionary<string, string> Labels,
    bool StorageUnschedulable)
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    public static KubeNodeInfo FromNode(Node node)
    {
        var hostnames = new List<string>(1);
        var ips = new List<string>(1);
        foreach (var address in node.Status?.Addresses ?? [])
        {
            if (string.IsNullOrEmpty(address?.Address))
            {
                continue;
            }

            if (address.Type == "Hostname")
            {
                hostnames.Add(address.Address);
            }
            else if (address.Type == "InternalIP")
            {
                ips.Add(address.Address);
            }
        }

        var metadata = node.Metadata ?? new();
        var unschedulable = GoBool.Parse(metadata.Annotation(AnnotationKeys.OperatorUnschedulable)) == true;
        return new(metadata.Name ?? "", hostnames, ips, metadata.Labels ?? NoLabels, unschedulable);
    }

    /// <summary>True when placement cannot tell the two apart: same name, addresses, labels and unschedulable
    /// flag (a heartbeat changes none of them).</summary>
    public bool ReadsAlike(KubeNodeInfo other) =>
        SameAddresses(other)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && StorageUnschedulable == other.StorageUnschedulable
        && Labels.Count == other.Labels.Count
        && Labels.All(l => other.Labels.TryGetValue(l.Key, out var value) && string.Equals(l.Value, value, StringComparison.Ordinal));

    /// <summary>True when both describe the same addresses (the node cache's copy is still current).</summary>
    public bool SameAddresses(KubeNodeInfo other) =>
        ReferenceEquals(this, other)
        || (Hostnames.SequenceEqual(other.Hostnames, StringComparer.Ordinal)
            && InternalIps.SequenceEqual(other.InternalIps, StringComparer.Ordinal));
}
