using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>The Warning recorded once on a pod whose I/O leaves the rack (pure). Its name is fixed per pod
/// uid, so a second writer (a new leader after a hand-over) gets AlreadyExists instead of a duplicate.</summary>
internal static class NotHyperconvergedEvent
{
    public const string Reason = "NotHyperconverged";

    private const int MaxName = 253;

    public static Event For(Pod pod, string message, DateTimeOffset now)
    {
        var suffix = "." + (pod.Metadata.Uid ?? "") + ".nothyperconverged";
        var podName = pod.Metadata.Name ?? "pod";
        return new()
        {
            Metadata = new() { Name = podName[..Math.Min(podName.Length, MaxName - suffix.Length)] + suffix, Namespace = pod.Metadata.Namespace },
            InvolvedObject = new()
            {
                Kind = "Pod",
                ApiVersion = "v1",
                Namespace = pod.Metadata.Namespace,
                Name = pod.Metadata.Name,
                Uid = pod.Metadata.Uid,
            },
            Type = "Warning",
            Reason = Reason,
            Message = message,
            Source = new() { Component = "stork" },
            ReportingComponent = "stork",
            FirstTimestamp = now,
            LastTimestamp = now,
            Count = 1,
        };
    }
}
