using System.Text.Json.Nodes;
using Stork.Shared.Annotations;
using Stork.Shared.Mutation;
using Stork.Webhook.Tests.Doubles;
using static Stork.Webhook.Tests.Doubles.TestPods;

namespace Stork.Webhook.Tests.Mutation;

public sealed class MutationDeciderTests
{
    private static readonly MutationPolicy Portworx = TestPolicies.Portworx;

    [TestCase(NoValue, "add", TestName = "Decide_SchedulerNameAbsent_Added")]
    [TestCase("", "replace", TestName = "Decide_SchedulerNameEmpty_Replaced")]
    [TestCase("default-scheduler", "replace", TestName = "Decide_DefaultScheduler_Replaced")]
    public void Decide_DefaultSchedulerOfDriverPod_SetsStork(string schedulerName, string op)
    {
        var pod = Pod(ClaimVolumes("px-claim"), schedulerName);

        var outcome = MutationDecider.Decide(Portworx, Create(pod), TestCluster.Facts());

        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.Mutated));
        Assert.That(outcome.Patch, Is.EqualTo(new[] { new PatchOperation(op, "/spec/schedulerName", JsonValue.Create("stork")) }).Using<PatchOperation>(SameOperation));
        var patched = JsonPatchApplier.Apply(pod, Patch(outcome));
        Assert.That((string?)patched["spec"]!["schedulerName"], Is.EqualTo("stork"));
    }

    [TestCase("my-scheduler", TestName = "Decide_OwnScheduler_Respected")]
    [TestCase("stork", TestName = "Decide_AlreadyStork_NoPatch")]
    [TestCase("Default-Scheduler", TestName = "Decide_SchedulerNameCaseDiffers_Respected")]
    public void Decide_CustomScheduler(string schedulerName)
    {
        var outcome = MutationDecider.Decide(Portworx, Create(Pod(ClaimVolumes("px-claim"), schedulerName)), TestCluster.Facts());

        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.CustomScheduler));
        Assert.That(outcome.Patch, Is.Empty);
    }

    [TestCase("true", "opted-out")]
    [TestCase("True", "opted-out")]
    [TestCase("TRUE", "opted-out")]
    [TestCase("t", "opted-out")]
    [TestCase("T", "opted-out")]
    [TestCase("1", "opted-out")]
    [TestCase("false", "mutated")]
    [TestCase("0", "mutated")]
    [TestCase("yes", "mutated")]
    [TestCase("", "mutated")]
    public void Decide_SkipAnnotation_GoBoolean(string value, string expected)
    {
        var pod = Pod(ClaimVolumes("px-claim"), annotations: new Dictionary<string, string> { [AnnotationKeys.DisableAdmissionController] = value });

        Assert.That(MutationDecider.Decide(Portworx, Create(pod), TestCluster.Facts()).Kind.Name, Is.EqualTo(expected));
    }

    [TestCase("true", "opted-out")]
    [TestCase("1", "opted-out")]
    [TestCase("False", "mutated")]
    [TestCase("enabled", "mutated")]
    public void Decide_NamespaceOptOutLabel_GoBoolean(string value, string expected)
    {
        var optedOut = TestCluster.Namespace("default", new Dictionary<string, string> { [AnnotationKeys.DisableAdmissionController] = value });

        var outcome = MutationDecider.Decide(Portworx, Create(Pod(ClaimVolumes("px-claim"))), TestCluster.Facts(optedOut));

        Assert.That(outcome.Kind.Name, Is.EqualTo(expected));
    }

    [Test]
    public void Decide_NamespaceNotInCache_NotOptedOut()
    {
        var facts = TestCluster.Facts() with { Namespace = null };

        Assert.That(MutationDecider.Decide(Portworx, Create(Pod(ClaimVolumes("px-claim"))), facts).Kind, Is.EqualTo(OutcomeKind.Mutated));
    }

    [Test]
    public void Decide_ConfiguredKeysAndScheduler_Used()
    {
        var policy = Portworx with { SkipAnnotation = "example.com/skip", OptOutLabel = "example.com/opt-out", SchedulerName = "my-stork" };
        var skipped = Pod(ClaimVolumes("px-claim"), annotations: new Dictionary<string, string> { ["example.com/skip"] = "true" });
        var storkKeyOnly = Pod(ClaimVolumes("px-claim"), annotations: new Dictionary<string, string> { [AnnotationKeys.DisableAdmissionController] = "true" });
        var optedOut = TestCluster.Namespace("default", new Dictionary<string, string> { ["example.com/opt-out"] = "true" });

        Assert.Multiple(() =>
        {
            Assert.That(MutationDecider.Decide(policy, Create(skipped), TestCluster.Facts()).Kind, Is.EqualTo(OutcomeKind.OptedOut));
            Assert.That(MutationDecider.Decide(policy, Create(Pod(ClaimVolumes("px-claim"))), TestCluster.Facts(optedOut)).Kind, Is.EqualTo(OutcomeKind.OptedOut));
            var mutated = MutationDecider.Decide(policy, Create(storkKeyOnly), TestCluster.Facts());
            Assert.That(mutated.Patch.Single().Value!.GetValue<string>(), Is.EqualTo("my-stork"));
        });
    }

    [Test]
    public void Decide_Disabled_NeverMutates()
    {
        var outcome = MutationDecider.Decide(Portworx with { Enabled = false }, Create(Pod(ClaimVolumes("px-claim"))), TestCluster.Facts());

        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.Disabled));
        Assert.That(outcome.Patch, Is.Empty);
    }

    [TestCase("UPDATE", "", "Pod", "", TestName = "Decide_PodUpdate_NotPodCreate")]
    [TestCase("DELETE", "", "Pod", "", TestName = "Decide_PodDelete_NotPodCreate")]
    [TestCase("CONNECT", "", "PodExecOptions", "exec", TestName = "Decide_PodExec_NotPodCreate")]
    [TestCase("CREATE", "policy", "Eviction", "eviction", TestName = "Decide_PodEviction_NotPodCreate")]
    [TestCase("CREATE", "", "Binding", "binding", TestName = "Decide_PodBinding_NotPodCreate")]
    [TestCase("CREATE", "", "Pod", "ephemeralcontainers", TestName = "Decide_PodSubresource_NotPodCreate")]
    [TestCase("CREATE", "apps", "Deployment", "", TestName = "Decide_DeploymentCreate_NotPodCreate")]
    [TestCase("CREATE", "", "ConfigMap", "", TestName = "Decide_ConfigMapCreate_NotPodCreate")]
    [TestCase("CREATE", "example.com", "Pod", "", TestName = "Decide_PodOfOtherGroup_NotPodCreate")]
    public void Decide_NotAPodCreate(string operation, string group, string kind, string subResource)
    {
        var request = Facts(Pod(ClaimVolumes("px-claim")), operation, group, kind, subResource);

        var outcome = MutationDecider.Decide(Portworx, request, TestCluster.Facts());

        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.NotPodCreate));
        Assert.That(outcome.Reason, Does.Contain(operation).And.Contain(kind));
    }

    [Test]
    public void Decide_OptedOutNamespaceAndOwnScheduler_OptedOutFirst()
    {
        var optedOut = TestCluster.Namespace("default", new Dictionary<string, string> { [AnnotationKeys.DisableAdmissionController] = "true" });

        var outcome = MutationDecider.Decide(Portworx, Create(Pod(ClaimVolumes("px-claim"), "my-scheduler")), TestCluster.Facts(optedOut));

        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.OptedOut));
    }

    [Test]
    public void Decide_DisabledAndNotAPod_DisabledFirst()
    {
        var outcome = MutationDecider.Decide(Portworx with { Enabled = false }, Facts(null, "DELETE", "", "Pod", ""), TestCluster.Facts());

        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.Disabled));
    }

    private static JsonArray Patch(MutationOutcome outcome) =>
        new([.. outcome.Patch.Select(op => new JsonObject { ["op"] = op.Op, ["path"] = op.Path, ["value"] = op.Value?.DeepClone() })]);

    private static bool SameOperation(PatchOperation a, PatchOperation b) =>
        a.Op == b.Op && a.Path == b.Path && JsonNode.DeepEquals(a.Value, b.Value);
}
