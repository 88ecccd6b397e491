namespace Stork.Shared.Kube.Events;

/// <summary>Configuration section <c>Kube:Events</c>.</summary>
public sealed class EventRecorderOptions
{
    /// <summary>Reported as the event's source and reporting component.</summary>
    public string Component { get; set; } = "stork";

    /// <summary>The same reason on the same pod is recorded at most once per window
    /// (kube-scheduler retries an unschedulable pod many times).</summary>
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Events waiting to be sent; more are dropped (and logged) rather than slowing a request.</summary>
    public int QueueLimit { get; set; } = 1000;
}
