using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Events;

/// <summary>Records Kubernetes events on pods without ever blocking the caller.</summary>
public interface IEventRecorder
{
    /// <summary>Queues an event unless the same reason was recorded on this pod within the dedupe window.</summary>
    /// <returns>True when queued.</returns>
    bool Record(Pod pod, string type, string reason, string message);
}
