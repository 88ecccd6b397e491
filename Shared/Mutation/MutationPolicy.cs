using Stork.Shared.Storage;

namespace Stork.Shared.Mutation;

/// <summary>The decision's configuration, built once at start from <see cref="WebhookOptions"/> and the driver.</summary>
/// <param name="Enabled"><c>--webhook-controller</c>.</param>
/// <param name="SkipAnnotation">Pod annotation that, when true, leaves the pod alone.</param>
/// <param name="OptOutLabel">Namespace label that, when true, leaves the namespace's pods alone.</param>
/// <param name="SchedulerName">The scheduler driver-backed pods are sent to.</param>
/// <param name="DriverName">The <c>--driver</c> name, for reasons.</param>
internal sealed record MutationPolicy(
    bool Enabled,
    string SkipAnnotation,
    string OptOutLabel,
    string SchedulerName,
    string DriverName,
    VolumeOwnership Ownership)
{
    /// <summary>The name kube-scheduler answers to; pods naming it (or nothing) may be redirected.</summary>
    public const string DefaultScheduler = "default-scheduler";
}
