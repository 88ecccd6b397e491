using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;

namespace Stork.Shared.Mutation;

/// <summary>The flags of the webhook's decision, bound from the configuration root (<c>--webhook-controller
/// false</c> on the command line is the key <c>webhook-controller</c>); the webhook and <c>explain</c> read them.</summary>
internal sealed class MutationOptions
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

    public MutationPolicy ToPolicy(string driverName, VolumeOwnership ownership) =>
        new(WebhookController, SkipAnnotation, OptOutLabel, SchedulerName, driverName, ownership);
}
