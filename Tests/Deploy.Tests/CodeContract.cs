extern alias scoring;
extern alias webhook;

using Stork.Deploy.Tests.Support;
using Stork.Shared.Annotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;

namespace Stork.Deploy.Tests;

/// <summary>What the manifests must agree with in the code, in one place. The resources and the
/// opt-out key, the webhook's path and port and the extender's address and verbs are the code's own.</summary>
internal static class CodeContract
{
    /// <summary>The webhook's admission endpoint.</summary>
    public const string WebhookPath = webhook::Stork.Webhook.Admission.MutateEndpoint.Path;

    /// <summary>The webhook's HTTPS listen port.</summary>
    public static readonly int WebhookPort = new Uri(webhook::Stork.Webhook.Tls.WebhookTlsExtensions.DefaultUrls).Port;

    /// <summary>The scoring sidecar's extender listener: loopback only, kube-scheduler alone reaches it.</summary>
    public const string ScoringExtenderUrl = scoring::Stork.Scoring.Extender.ExtenderEndpoints.SidecarUrl;

    /// <summary>The scoring sidecar's probe and metrics listener (kubelet probes cannot reach the loopback).</summary>
    public const int ScoringManagementPort = 8098;

    public const string FilterVerb = scoring::Stork.Scoring.Extender.ExtenderEndpoints.FilterVerb;
    public const string PrioritizeVerb = scoring::Stork.Scoring.Extender.ExtenderEndpoints.PrioritizeVerb;
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    /// <summary>The webhook's <c>--scheduler-name</c> default and the profile's schedulerName.</summary>
    public const string SchedulerName = "stork";

    /// <summary>The namespace label that opts a namespace out of the webhook (<c>--opt-out-label</c> default).</summary>
    public const string OptOutLabel = AnnotationKeys.DisableAdmissionController;

    /// <summary>Every resource the code knows, by plural (declared first: the lists below read it).</summary>
    private static readonly IReadOnlyDictionary<string, ResourceRef> KnownResources = new[]
    {
        ResourceRef.Of(KubeResources.Nodes), ResourceRef.Of(KubeResources.Namespaces), ResourceRef.Of(KubeResources.PersistentVolumeClaims),
        ResourceRef.Of(KubeResources.PersistentVolumes), ResourceRef.Of(KubeResources.StorageClasses), ResourceRef.Of(KubeResources.CsiNodes),
        ResourceRef.Of(KubeResources.Pods),
    }.ToDictionary(r => r.Plural);

    /// <summary>What the webhook's caches list and watch: read from the app's own registrations.</summary>
    public static readonly IReadOnlyList<ResourceRef> WebhookReads = CachedBy(webhook::Stork.Webhook.WebhookApp.Build(["--driver", "pxd"]));

    /// <summary>What the scoring sidecar's caches list and watch, with either driver: read from the app's own registrations.</summary>
    public static readonly IReadOnlyList<ResourceRef> ScoringReads =
    [
        .. CachedBy(scoring::Stork.Scoring.ScoringApp.Build(["--driver", "pxd", "--portworx-endpoint", "http://127.0.0.1:9021"]))
            .Union(CachedBy(scoring::Stork.Scoring.ScoringApp.Build(["--driver", "csi", "--csi-driver", "topolvm.io"]))),
    ];

    /// <summary>The scoring sidecar records its verdicts as core events on the pod (creates only: it never patches one).</summary>
    public static readonly IReadOnlyList<string> ScoringEventVerbs = ["create"];

    /// <summary>The placement watcher's Lease (<c>--placement-lease-name</c> default).</summary>
    public const string PlacementLease = "stork-placement";


    /// <summary>The resources an app built with its real wiring keeps caches of (it is not started).</summary>
    private static ResourceRef[] CachedBy(WebApplication app)
    {
        using (app)
        {
            return [.. app.Services.GetServices<ICacheStatus>().Select(c => KnownResources[c.Resource])];
        }
    }
}
