using System.Diagnostics;

namespace Stork.Shared.Telemetry;

/// <summary>The attributes of the services' spans. Pod and namespace use the OpenTelemetry Kubernetes
/// semantic conventions; the rest are the service's own. Each setter does nothing for a span that records
/// no data (sampled out, or propagation only).</summary>
internal static class SpanTags
{
    public const string Namespace = "k8s.namespace.name";
    public const string Pod = "k8s.pod.name";
    public const string Outcome = "stork.outcome";
    public const string VolumesScored = "stork.volumes.scored";
    public const string Resource = "stork.kube.resource";
    public const string Name = "stork.kube.name";
    public const string DriverOperation = "stork.driver.operation";

    public static void SetPod(this Activity? span, string? @namespace, string? name)
    {
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(Namespace, @namespace);
            span.SetTag(Pod, name);
        }
    }

    public static void SetOutcome(this Activity? span, string outcome)
    {
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(Outcome, outcome);
        }
    }

    public static void SetVolumesScored(this Activity? span, int count)
    {
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(VolumesScored, count);
        }
    }

    /// <summary>Marks the span failed, with <paramref name="description"/> as its status description.</summary>
    public static void SetFailed(this Activity? span, string description)
    {
        if (span is { IsAllDataRequested: true })
        {
            span.SetStatus(ActivityStatusCode.Error, description);
        }
    }
}
