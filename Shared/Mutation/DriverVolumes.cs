using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Classification;

namespace Stork.Shared.Mutation;

/// <summary>Rule 6: does at least one volume of the pod reach the storage driver? Answered by the shared
/// <see cref="VolumeClassifier"/>, the same answer the extender places the pod by.</summary>
internal static class DriverVolumes
{
    /// <summary>The first driver volume of <paramref name="pod"/>, or null when there is none.</summary>
    public static ClassifiedVolume? FindFirst(MutationPolicy policy, Pod pod, string? @namespace, ClusterFacts cluster)
    {
        foreach (var volume in VolumeClassifier.Classify(pod, @namespace, cluster.Storage, policy.Ownership))
        {
            if (volume.DriverOwned)
            {
                return volume;
            }
        }

        return null;
    }

    /// <summary>Why the pod is mutated, naming <paramref name="volume"/> and why it is the driver's.</summary>
    public static string MutationReason(MutationPolicy policy, ClassifiedVolume volume) => volume.IsClaim
        ? $"volume {volume.Name}: {volume.Source} belongs to the {policy.DriverName} driver; scheduler set to {policy.SchedulerName}"
        : $"volume {volume.Name}: {volume.Source}; scheduler set to {policy.SchedulerName}";
}
