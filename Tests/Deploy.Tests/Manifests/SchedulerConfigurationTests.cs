using Stork.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>The KubeSchedulerConfiguration against the scoring sidecar and the webhook.</summary>
internal sealed class SchedulerConfigurationTests
{
    private Rendering _base = null!;
    private YamlNode _config = null!;

    [OneTimeSetUp]
    public async Task RenderAsync()
    {
        _base = await Kustomize.BuildManifestsAsync(".");
        _config = SchedulerConfig.Of(_base);
    }

    [Test]
    public void Config_IsKubeSchedulerConfigurationV1()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_config.Str("apiVersion"), Is.EqualTo("kubescheduler.config.k8s.io/v1"));
            Assert.That(_config.Str("kind"), Is.EqualTo("KubeSchedulerConfiguration"));
        });
    }

    [Test]
    public void Config_ScoresEveryNode() =>
        Assert.That(_config.Str("percentageOfNodesToScore"), Is.EqualTo("100"));

    [Test]
    public void Profiles_OneProfile_IsTheSchedulerTheWebhookSets()
    {
        var webhook = Pods.Container(_base, Names.Webhook, Names.WebhookContainer);
        var profile = _config.Items("profiles").Single();
        Assert.Multiple(() =>
        {
            Assert.That(profile.Str("schedulerName"), Is.EqualTo(CodeContract.SchedulerName));
            Assert.That(ContainerArgs.Flags(webhook)["--scheduler-name"], Is.EqualTo(CodeContract.SchedulerName));
        });
    }

    [TestCase("filterVerb", CodeContract.FilterVerb)]
    [TestCase("prioritizeVerb", CodeContract.PrioritizeVerb)]
    [TestCase("weight", "5")]
    [TestCase("nodeCacheCapable", "true")]
    [TestCase("httpTimeout", "5s")]
    [TestCase("ignorable", "false")]
    [TestCase("enableHTTPS", "false")]
    public void Extender_Field_HasTheRequiredValue(string key, string expected) =>
        Assert.That(_config.Items("extenders").Single().Str(key), Is.EqualTo(expected));

    [Test]
    public void Extender_UrlPrefix_IsTheSidecarsLoopbackListener()
    {
        var urlPrefix = _config.Items("extenders").Single().Str("urlPrefix");
        var sidecar = Pods.Container(_base, Names.Scheduler, Names.ScoringContainer);
        var listeners = ContainerArgs.Flags(sidecar)["--urls"].Split(';');
        Assert.Multiple(() =>
        {
            Assert.That(urlPrefix, Is.EqualTo(CodeContract.ScoringExtenderUrl));
            Assert.That(listeners, Does.Contain(urlPrefix));
            Assert.That(new Uri(urlPrefix).IsLoopback, Is.True, "the extender is never exposed outside the pod");
            Assert.That(sidecar.Items("ports").Select(p => p.Str("containerPort")),
                Has.None.EqualTo(new Uri(urlPrefix).Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public void Sidecar_ManagementListener_IsTheProbedPort()
    {
        var sidecar = Pods.Container(_base, Names.Scheduler, Names.ScoringContainer);
        var listeners = ContainerArgs.Flags(sidecar)["--urls"].Split(';').Select(u => new Uri(u)).ToList();
        var management = listeners.Single(u => !u.IsLoopback);
        Assert.Multiple(() =>
        {
            Assert.That(management.Port, Is.EqualTo(CodeContract.ScoringManagementPort));
            Assert.That(Pods.ResolvePort(sidecar, sidecar.Str("livenessProbe.httpGet.port")), Is.EqualTo(management.Port));
            Assert.That(Pods.ResolvePort(sidecar, sidecar.Str("readinessProbe.httpGet.port")), Is.EqualTo(management.Port));
        });
    }

    [Test]
    public void LeaderElection_LeaseInTheInstallNamespaceGrantedByTheRole()
    {
        var election = _config.At("leaderElection");
        var role = _base.One("Role", Names.LeaderElectionRole);
        var named = role.Items("rules").Single(r => r.Find("resourceNames") is not null);
        Assert.Multiple(() =>
        {
            Assert.That(election.Str("leaderElect"), Is.EqualTo("true"));
            Assert.That(election.Str("resourceLock"), Is.EqualTo("leases"));
            Assert.That(election.Str("resourceNamespace"), Is.EqualTo(role.Str("metadata.namespace")));
            Assert.That(named.Strings("resourceNames"), Is.EqualTo(new[] { election.Str("resourceName") }));
        });
    }

    [Test]
    public void KubeScheduler_ReadsTheConfigMapItMounts()
    {
        var spec = Pods.Spec(_base, Names.Scheduler);
        var scheduler = Pods.Container(_base, Names.Scheduler, Names.SchedulerContainer);
        var volume = spec.Items("volumes").Single(v => v.Find("configMap") is not null);
        var mount = scheduler.Items("volumeMounts").Single(m => m.Str("name") == volume.Str("name"));
        Assert.Multiple(() =>
        {
            Assert.That(volume.Str("configMap.name"), Is.EqualTo(_base.One("ConfigMap", Names.SchedulerConfig).Str("metadata.name")));
            Assert.That(scheduler.Strings("args"), Does.Contain($"--config={mount.Str("mountPath")}/{SchedulerConfig.FileName}"));
        });
    }
}
