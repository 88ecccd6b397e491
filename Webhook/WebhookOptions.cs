using System.ComponentModel.DataAnnotations;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;
using Stork.Webhook.Mutation;

namespace Stork.Webhook;

/// <summary>The webhook's flags, bound from the configuration root (<c>--webhook-controller false</c>
/// on the command line is the key <c>webhook-controller</c>).</summary>
internal sealed class WebhookOptions
{
    /// <summary>Mutate at all; false answers every request allowed and unchanged.</summary>
    [ConfigurationKeyName("webhook-controller")]
    public bool WebhookController { get; set; } = true;

    /// <summary>Pod annotation that, when true (Go boolean), leaves the pod alone.</summary>
    [ConfigurationKeyName("skip-annotation")]
    [Required]
    public string SkipAnnotation { get; set; } = AnnotationKeys.DisableAdmissionController;

    /// <summary>Namespace label that, when true (Go boolean), leaves the namespace's pods alone.</summary>
    [ConfigurationKeyName("opt-out-label")]
    [Required]
    public string OptOutLabel { get; set; } = AnnotationKeys.DisableAdmissionController;

    [ConfigurationKeyName("scheduler-name")]
    [Required]
    public string SchedulerName { get; set; } = "stork";

    /// <summary>Bound on the cluster lookup of one admission (<c>hh:mm:ss.fff</c>); keep it under the
    /// configuration's <c>timeoutSeconds</c>. Past it the pod is admitted unchanged.</summary>
    [ConfigurationKeyName("admission-deadline")]
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:29")]
    public TimeSpan AdmissionDeadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Larger request bodies are answered 400 (the API server's own limit is 3 MiB per object;
    /// at most 16 MiB, below Kestrel's own 30 MB limit).</summary>
    [ConfigurationKeyName("max-request-body-bytes")]
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    public MutationPolicy ToPolicy(string driverName, VolumeOwnership ownership) =>
        new(WebhookController, SkipAnnotation, OptOutLabel, SchedulerName, driverName, ownership);
}
