using Stork.Deploy.Tests.Support;
using Stork.Shared.Annotations;
using Stork.Shared.Kube.Client;

namespace Stork.Deploy.Tests;

/// <summary>What the manifests must agree with in the code, in one place. The resources and the
/// opt-out key are the code's own; the literals are stand-ins the lead points at the services'
/// constants when those land.</summary>
internal static class CodeContract
{
    /// <summary>The webhook's admission endpoint.</summary>
    public const string WebhookPath = "/mutate";

    /// <summary>The webhook's HTTPS listen port.</summary>
    public const int WebhookPort = 8443;

    /// <summary>The scoring sidecar's extender listener: loopback only, kube-scheduler alone reaches it.</summary>
    public const string ScoringExtenderUrl = "http://127.0.0.1:8099";

    /// <summary>The scoring sidecar's probe and metrics listener (kubelet probes cannot reach the loopback).</summary>
    public const int ScoringManagementPort = 8098;

    public const string FilterVerb = "filter";
    public const string PrioritizeVerb = "prioritize";
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    /// <summary>The webhook's <c>--scheduler-name</c> default and the profile's schedulerName.</summary>
    public const string SchedulerName = "stork";

    /// <summary>The namespace label that opts a namespace out of the webhook (<c>--opt-out-label</c> default).</summary>
    public const string OptOutLabel = AnnotationKeys.DisableAdmissionController;

    /// <summary>What the webhook's caches list and watch.</summary>
    public static readonly IReadOnlyList<ResourceRef> WebhookReads =
    [
        ResourceRef.Of(KubeResources.Namespaces),
        ResourceRef.Of(KubeResources.PersistentVolumeClaims),
        ResourceRef.Of(KubeResources.PersistentVolumes),
        ResourceRef.Of(KubeResources.StorageClasses),
    ];

    /// <summary>What the scoring sidecar's caches list and watch.</summary>
    public static readonly IReadOnlyList<ResourceRef> ScoringReads =
    [
        ResourceRef.Of(KubeResources.Nodes),
        ResourceRef.Of(KubeResources.PersistentVolumeClaims),
        ResourceRef.Of(KubeResources.PersistentVolumes),
        ResourceRef.Of(KubeResources.StorageClasses),
        ResourceRef.Of(KubeResources.CsiNodes),
    ];

    /// <summary>The scoring sidecar records its verdicts as core events on the pod.</summary>
    public static readonly IReadOnlyList<string> ScoringEventVerbs = ["create", "patch"];
}
