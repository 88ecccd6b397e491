using Stork.Shared.Json;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>What the stork pods cache keeps of each pod (<see cref="Shared.Kube.Client.KubeResource{T}.Keep"/>): what
/// the placement watcher, its rater and <c>explain --pod-name</c> read. That is the name, namespace, uid and
/// resourceVersion, the <c>stork.libopenstorage.org/</c> annotations, the node, and the volumes a storage driver can
/// back (claim, ephemeral, inline CSI, <c>portworxVolume</c>). Labels, other annotations, <c>generateName</c>, and volumes
/// of other sources such as service-account tokens are dropped: at 50,000 pods they were about half of what the cache held.
/// Namespaces and node names repeat across pods and are shared.</summary>
internal static class StorkPodFields
{
    private const string StorkAnnotationPrefix = "stork.libopenstorage.org/";

    public static Pod Keep(Pod pod) => new()
    {
        Metadata = new()
        {
            Name = pod.Metadata.Name,
            Namespace = SharedStrings.ShareOrNull(pod.Metadata.Namespace),
            Uid = pod.Metadata.Uid,
            ResourceVersion = pod.Metadata.ResourceVersion,
            Annotations = StorkAnnotations(pod.Metadata.Annotations),
        },
        Spec = new()
        {
            NodeName = SharedStrings.ShareOrNull(pod.Spec.NodeName),
            Volumes = DriverVolumes(pod.Spec.Volumes),
        },
    };

    private static Dictionary<string, string>? StorkAnnotations(IReadOnlyDictionary<string, string>? annotations)
    {
        if (annotations is null)
        {
            return null;
        }

        Dictionary<string, string>? kept = null;
        foreach (var (key, value) in annotations)
        {
            if (key.StartsWith(StorkAnnotationPrefix, StringComparison.Ordinal))
            {
                (kept ??= new(StringComparer.Ordinal))[key] = value;
            }
        }

        return kept;
    }

    private static Volume[]? DriverVolumes(IReadOnlyList<Volume>? volumes)
    {
        var kept = volumes?.Where(v => v.PersistentVolumeClaim is not null || v.Ephemeral is not null || v.Csi is not null || v.PortworxVolume is not null).ToArray();
        return kept is { Length: > 0 } ? kept : null;
    }
}
