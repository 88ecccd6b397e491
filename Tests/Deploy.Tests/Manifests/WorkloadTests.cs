using Stork.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>Both Deployments: highly available, restricted, probed.</summary>
internal sealed class WorkloadTests
{
    private Rendering _base = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _base = await Kustomize.BuildManifestsAsync(".");

    [TestCase(Names.Webhook)]
    [TestCase(Names.Scheduler)]
    public void Containers_RunRestricted(string deployment)
    {
        var spec = Pods.Spec(_base, deployment);
        Assert.Multiple(() =>
        {
            Assert.That(spec.Str("securityContext.runAsNonRoot"), Is.EqualTo("true"));
            Assert.That(spec.Str("securityContext.seccompProfile.type"), Is.EqualTo("RuntimeDefault"));
            foreach (var container in Pods.AllContainers(spec))
                AssertRestricted(container, spec);
        });
    }

    [TestCase(Names.Webhook)]
    [TestCase(Names.Scheduler)]
    public void Containers_RequestCpuAndMemory_LimitMemory(string deployment)
    {
        Assert.Multiple(() =>
        {
            foreach (var container in Pods.AllContainers(Pods.Spec(_base, deployment)))
            {
                var name = container.Str("name");
                Assert.That(container.Find("resources")?.Find("requests")?.StrOrNull("cpu"), Is.Not.Null, name);
                Assert.That(container.Find("resources")?.Find("requests")?.StrOrNull("memory"), Is.Not.Null, name);
                Assert.That(container.Find("resources")?.Find("limits")?.StrOrNull("memory"), Is.Not.Null, name);
            }
        });
    }

    [TestCase(Names.Webhook)]
    [TestCase(Names.Scheduler)]
    public void Deployment_TwoReplicasSpreadAcrossNodes(string deployment)
    {
        var labels = Pods.Labels(_base, deployment);
        var byNode = Pods.Spec(_base, deployment).Items("topologySpreadConstraints")
            .Single(c => c.Str("topologyKey") == "kubernetes.io/hostname");
        Assert.Multiple(() =>
        {
            Assert.That(_base.One("Deployment", deployment).Str("spec.replicas"), Is.EqualTo("2"));
            Assert.That(byNode.Str("maxSkew"), Is.EqualTo("1"));
            Assert.That(Pods.Selects(byNode.At("labelSelector.matchLabels"), labels), Is.True);
        });
    }

    [TestCase(Names.Webhook)]
    [TestCase(Names.Scheduler)]
    public void DisruptionBudget_KeepsOneReplica(string deployment)
    {
        var budget = _base.One("PodDisruptionBudget", deployment);
        Assert.Multiple(() =>
        {
            Assert.That(budget.Str("spec.maxUnavailable"), Is.EqualTo("1"));
            Assert.That(Pods.Selects(budget.At("spec.selector.matchLabels"), Pods.Labels(_base, deployment)), Is.True);
        });
    }

    [TestCase(Names.Webhook, Names.WebhookContainer, "HTTPS")]
    [TestCase(Names.Scheduler, Names.ScoringContainer, "HTTP")]
    public void Service_ProbesReadyzAndHealthz(string deployment, string container, string scheme)
    {
        var probed = Pods.Container(_base, deployment, container);
        Assert.Multiple(() =>
        {
            Assert.That(probed.Str("readinessProbe.httpGet.path"), Is.EqualTo(CodeContract.ReadinessPath));
            Assert.That(probed.Str("livenessProbe.httpGet.path"), Is.EqualTo(CodeContract.LivenessPath));
            Assert.That(probed.At("readinessProbe.httpGet").StrOrNull("scheme") ?? "HTTP", Is.EqualTo(scheme));
            Assert.That(probed.At("livenessProbe.httpGet").StrOrNull("scheme") ?? "HTTP", Is.EqualTo(scheme));
        });
    }

    [Test]
    public void Webhook_PreStop_SleepsWithinTheGracePeriod()
    {
        var seconds = int.Parse(Pods.Container(_base, Names.Webhook, Names.WebhookContainer)
            .Str("lifecycle.preStop.sleep.seconds"), System.Globalization.CultureInfo.InvariantCulture);
        var grace = int.Parse(Pods.Spec(_base, Names.Webhook).Str("terminationGracePeriodSeconds"),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(seconds, Is.InRange(1, grace - 1));
    }

    [Test]
    public void Scoring_IsANativeSidecarOfKubeScheduler()
    {
        var spec = Pods.Spec(_base, Names.Scheduler);
        var sidecar = spec.Items("initContainers").Single(c => c.Str("name") == Names.ScoringContainer);
        Assert.Multiple(() =>
        {
            Assert.That(sidecar.Str("restartPolicy"), Is.EqualTo("Always"), "starts first, stops last");
            Assert.That(spec.Items("containers").Select(c => c.Str("name")), Is.EqualTo(new[] { Names.SchedulerContainer }));
        });
    }

    [TestCase(Names.Webhook, Names.WebhookContainer, "stork-webhook:")]
    [TestCase(Names.Scheduler, Names.ScoringContainer, "stork-scoring:")]
    public void Service_Image_IsTheStorkImage(string deployment, string container, string image) =>
        Assert.That(Pods.Container(_base, deployment, container).Str("image"), Does.Contain(image));

    private static void AssertRestricted(YamlNode container, YamlNode podSpec)
    {
        var name = container.Str("name");
        var context = container.At("securityContext");
        var runAsUser = context.StrOrNull("runAsUser") ?? podSpec.At("securityContext").StrOrNull("runAsUser");
        Assert.That(context.StrOrNull("runAsNonRoot") ?? "true", Is.EqualTo("true"), name);
        Assert.That(runAsUser, Is.Not.Null.And.Not.EqualTo("0"), $"{name}: a numeric non-root user");
        Assert.That(context.Str("readOnlyRootFilesystem"), Is.EqualTo("true"), name);
        Assert.That(context.Str("allowPrivilegeEscalation"), Is.EqualTo("false"), name);
        Assert.That(context.Strings("capabilities.drop"), Is.EqualTo(new[] { "ALL" }), name);
        Assert.That(context.At("capabilities").Find("add"), Is.Null, name);
        Assert.That(context.Find("privileged")?.Scalar() ?? "false", Is.EqualTo("false"), name);
    }
}
