using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Events;

/// <summary>Builds a core/v1 Event about a pod (pure).</summary>
internal static class EventFactory
{
    public static Event ForPod(Pod pod, string type, string reason, string message, string component, DateTimeOffset now) => new()
    {
        Metadata = new() { GenerateName = (pod.Metadata.Name ?? "pod") + ".", Namespace = pod.Metadata.Namespace },
        InvolvedObject = new()
        {
            Kind = "Pod",
            ApiVersion = "v1",
            Namespace = pod.Metadata.Namespace,
            Name = pod.Metadata.Name,
            Uid = pod.Metadata.Uid,
        },
        Type = type,
        Reason = reason,
        Message = message,
        Source = new() { Component = component },
        ReportingComponent = component,
        FirstTimestamp = now,
        LastTimestamp = now,
        Count = 1,
    };
}
