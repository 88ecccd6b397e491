using Stork.Shared.Annotations;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Mutation;

/// <summary>The webhook's decision, a pure function of the configuration, the request and the cluster
/// facts. The rules apply in order; the first that stops the mutation names the outcome.</summary>
internal static class MutationDecider
{
    public static MutationOutcome Decide(MutationPolicy policy, AdmissionFacts request, ClusterFacts cluster)
    {
        if (!policy.Enabled)
        {
            return MutationOutcome.Allowed(OutcomeKind.Disabled, "the webhook controller is disabled (--webhook-controller=false)");
        }

        if (!request.IsPodCreate)
        {
            return MutationOutcome.Allowed(OutcomeKind.NotPodCreate, $"only pod creation is mutated, this is {request.Describe()}");
        }

        var pod = request.Pod!;
        return OptOut(policy, request.Namespace, pod, cluster)
            ?? Scheduler(policy, pod)
            ?? Volumes(policy, request, pod, cluster);
    }

    private static MutationOutcome? OptOut(MutationPolicy policy, string? @namespace, Pod pod, ClusterFacts cluster)
    {
        if (GoBool.Parse(cluster.Namespace?.Metadata.Label(policy.OptOutLabel)) == true)
        {
            return MutationOutcome.Allowed(OutcomeKind.OptedOut, $"namespace {@namespace} is labelled {policy.OptOutLabel}=true");
        }

        var skip = pod.Metadata.Annotation(policy.SkipAnnotation);
        return GoBool.Parse(skip) == true
            ? MutationOutcome.Allowed(OutcomeKind.OptedOut, $"the pod is annotated {policy.SkipAnnotation}={skip}")
            : null;
    }

    /// <summary>A user's own scheduler is respected (Stork overwrites it; this webhook does not).</summary>
    private static MutationOutcome? Scheduler(MutationPolicy policy, Pod pod) => pod.Spec.SchedulerName switch
    {
        var name when name == policy.SchedulerName =>
            MutationOutcome.Allowed(OutcomeKind.CustomScheduler, $"the pod already uses scheduler {name}"),
        null or "" or MutationPolicy.DefaultScheduler => null,
        var name => MutationOutcome.Allowed(OutcomeKind.CustomScheduler, $"the pod uses its own scheduler {name}"),
    };

    private static MutationOutcome Volumes(MutationPolicy policy, AdmissionFacts request, Pod pod, ClusterFacts cluster)
    {
        var volume = DriverVolumes.FindFirst(policy, pod, request.Namespace, cluster);
        return volume is null
            ? MutationOutcome.Allowed(OutcomeKind.NotDriver, $"no volume of the pod uses the {policy.DriverName} driver")
            : MutationOutcome.Patched(PatchBuilder.SetSchedulerName(request.Object.Span, policy.SchedulerName), DriverVolumes.MutationReason(policy, volume));
    }
}
