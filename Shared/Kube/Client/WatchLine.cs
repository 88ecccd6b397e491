using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Client;

/// <summary>One decoded line of a watch stream.</summary>
/// <param name="Object">The object of ADDED/MODIFIED/DELETED.</param>
/// <param name="ResourceVersion">The resourceVersion the line advances the watch to (any type but Error/Malformed).</param>
/// <param name="Error">The Status of an ERROR line.</param>
/// <param name="Rejected">What made a Malformed line malformed, and whose it is when readable.</param>
public readonly record struct WatchLine<T>(WatchEventType Type, T? Object, string? ResourceVersion, Status? Error, RejectedObject? Rejected = null)
    where T : class, IKubeObject;
