using Microsoft.Extensions.Configuration;
using OpenTelemetry.Resources;

namespace Stork.Shared.Telemetry;

/// <summary>The resource every span and OTLP metric carries: <c>service.name</c>, <c>service.version</c> and,
/// when the Deployment passes them from the downward API, <c>k8s.pod.name</c> (<c>POD_NAME</c>, also the
/// <c>service.instance.id</c>) and <c>k8s.namespace.name</c> (<c>POD_NAMESPACE</c>).</summary>
internal static class StorkResource
{
    public const string PodNameKey = "POD_NAME";
    public const string PodNamespaceKey = "POD_NAMESPACE";

    public static void Configure(ResourceBuilder resource, string serviceName, IConfiguration configuration)
    {
        var pod = NonEmpty(configuration[PodNameKey]);
        resource.AddService(serviceName, serviceVersion: StorkTracing.Version, autoGenerateServiceInstanceId: pod is null, serviceInstanceId: pod);
        resource.AddAttributes(Attributes(pod, NonEmpty(configuration[PodNamespaceKey])));
    }

    /// <summary>The Kubernetes attributes of those that are set.</summary>
    public static IEnumerable<KeyValuePair<string, object>> Attributes(string? pod, string? @namespace)
    {
        if (pod is not null)
        {
            yield return new(SpanTags.Pod, pod);
        }

        if (@namespace is not null)
        {
            yield return new(SpanTags.Namespace, @namespace);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
