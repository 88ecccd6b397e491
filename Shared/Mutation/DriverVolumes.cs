using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Classification;

namespace Stork.Shared.Mutation;

/// <summary>Rule 6: does at least one volume of the pod reach the storage driver? Answered by the shared
/// <see cref="VolumeClassifier"/>, the same answer the extender places the pod by.</summary>
internal static class DriverVolumes
{
    /// <summary>Why the first driver volume of <paramref name="pod"/> is one, or null when there is none.</summary>
    public static string? FindFirst(MutationPolicy policy, Pod pod, string? @namespace, ClusterFacts cluster) =>
        VolumeClassifier.Classify(pod, @namespace, cluster.Storage, policy.Ownership).FirstOrDefault(v => v.DriverOwned) is { } volume
            ? $"volume {volume.Name}: {Reason(policy, volume)}"
            : null;

    private static string Reason(MutationPolicy policy, ClassifiedVolume volume) =>
        volume.IsClaim ? $"{volume.Source} belongs to the {policy.DriverName} driver" : volume.Source;
}
