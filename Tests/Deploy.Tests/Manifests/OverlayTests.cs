using Stork.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>Every kustomization renders; the overlays do what their names say.</summary>
internal sealed class OverlayTests
{
    [TestCase(".")]
    [TestCase("base")]
    [TestCase("overlays/cert-manager")]
    [TestCase("overlays/webhook-disabled")]
    [TestCase("overlays/monitoring")]
    public async Task Kustomization_Renders_ObjectsWithKindAndName(string directory)
    {
        var rendering = await Kustomize.BuildManifestsAsync(directory);
        Assert.Multiple(() =>
        {
            Assert.That(rendering.Objects, Is.Not.Empty);
            foreach (var o in rendering.Objects)
                Assert.That(o.StrOrNull("kind") is { Length: > 0 } && o.At("metadata").StrOrNull("name") is { Length: > 0 }, Is.True, o.ToString());
        });
    }

    [Test]
    public async Task WebhookDisabled_NoWebhookObjectLeft()
    {
        var rendering = await Kustomize.BuildManifestsAsync("overlays/webhook-disabled");
        var webhookObjects = rendering.Objects.Where(o => o.At("metadata").Str("name") == Names.Webhook
            || o.Str("kind") == "MutatingWebhookConfiguration"
            || Referencing(o, Names.Webhook) || Referencing(o, Names.WebhookTlsSecret));
        Assert.That(webhookObjects.Select(o => $"{o.Str("kind")}/{o.At("metadata").Str("name")}"), Is.Empty);
    }

    [Test]
    public async Task WebhookDisabled_SchedulerAsInTheBase()
    {
        var full = await Kustomize.BuildManifestsAsync("base");
        var disabled = await Kustomize.BuildManifestsAsync("overlays/webhook-disabled");
        var scheduling = full.Objects.Where(o => !Referencing(o, Names.Webhook) && o.At("metadata").Str("name") != Names.Webhook
            && o.Str("kind") != "MutatingWebhookConfiguration");
        Assert.That(disabled.Objects.Select(YamlNodes.Text), Is.EquivalentTo(scheduling.Select(YamlNodes.Text)));
    }

    /// <summary>Another rendering with optional components added to one of the repository's kustomizations.</summary>
    [Test]
    public async Task SchedulerMetrics_OverMonitoring_GrantsKubeSchedulersDelegatedAuthInKubeSystem()
    {
        var rendering = await Kustomize.BuildWithComponentsAsync("overlays/monitoring", "components/scheduler-metrics");
        var reader = rendering.All("RoleBinding").Single(b => b.At("roleRef").Str("name") == "extension-apiserver-authentication-reader");
        var monitor = rendering.One("PodMonitor", "stork-kube-scheduler").At("spec").Items("podMetricsEndpoints").Single();
        var kubeScheduler = Pods.Container(rendering, Names.Scheduler, Names.SchedulerContainer);
        Assert.Multiple(() =>
        {
            Assert.That(reader.Str("metadata.namespace"), Is.EqualTo("kube-system"));
            Assert.That(reader.Items("subjects").Select(s => $"{s.Str("namespace")}/{s.Str("name")}"),
                Is.EqualTo(new[] { $"{Names.InstallNamespace}/{Names.Scheduler}" }), "kube-scheduler's own ServiceAccount");
            Assert.That(Rbac.BoundRoles(rendering, Names.Scheduler, Names.InstallNamespace), Does.Contain("ClusterRole/system:auth-delegator"));
            Assert.That(Pods.ResolvePort(kubeScheduler, monitor.Str("port")), Is.EqualTo(10259));
            Assert.That(monitor.Str("authorization.credentials.name"),
                Is.EqualTo(rendering.One("Secret", "stork-metrics-reader-token").Str("metadata.name")));
        });
    }

    [Test]
    public async Task PortworxToken_Component_PassesTheMountedSecretsFile()
    {
        var rendering = await Kustomize.BuildWithComponentsAsync("overlays/cert-manager", "components/portworx-token");
        var scoring = Pods.Container(rendering, Names.Scheduler, Names.ScoringContainer);
        var file = ContainerArgs.Flags(scoring)["--portworx-token-file"];
        var mount = scoring.Items("volumeMounts").Single(m => file.StartsWith(m.Str("mountPath") + "/", StringComparison.Ordinal));
        var volume = Pods.Spec(rendering, Names.Scheduler).Items("volumes").Single(v => v.Str("name") == mount.Str("name"));
        Assert.Multiple(() =>
        {
            Assert.That(volume.Str("secret.secretName"), Is.EqualTo("stork-portworx-token"));
            Assert.That(Path.GetFileName(file), Is.EqualTo("token"), "the Secret's key");
            Assert.That(mount.Find("subPath"), Is.Null, "a directory mount, so that a rotated token reaches the file");
        });
    }

    /// <summary>Whether any <c>name</c>, <c>secretName</c> or <c>serviceAccountName</c> in the object is <paramref name="name"/>.</summary>
    private static bool Referencing(YamlNode o, string name) =>
        o.AllNodes.OfType<YamlMappingNode>().SelectMany(m => m.Children).Any(p =>
            p.Key is YamlScalarNode { Value: "name" or "secretName" or "serviceAccountName" } && p.Value is YamlScalarNode v && v.Value == name);

    [Test]
    public async Task CertManager_Certificate_ServesTheWebhookService()
    {
        var rendering = await Kustomize.BuildManifestsAsync("overlays/cert-manager");
        var certificate = rendering.One("Certificate", Names.Webhook);
        var ns = certificate.Str("metadata.namespace");
        Assert.Multiple(() =>
        {
            Assert.That(certificate.Str("spec.secretName"), Is.EqualTo(Names.WebhookTlsSecret));
            Assert.That(certificate.Strings("spec.dnsNames"), Is.EqualTo(ServiceNames(ns)));
            Assert.That(rendering.One("MutatingWebhookConfiguration", Names.Webhook).At("metadata.annotations")
                .StrOrNull("cert-manager.io/inject-ca-from"), Is.EqualTo($"{ns}/{Names.Webhook}"));
        });
    }

    [Test]
    public async Task CertManager_Issuers_FormASelfSignedCaChain()
    {
        var rendering = await Kustomize.BuildManifestsAsync("overlays/cert-manager");
        var caIssuer = rendering.One("Issuer", rendering.One("Certificate", Names.Webhook).Str("spec.issuerRef.name"));
        var ca = rendering.All("Certificate").Single(c => c.Str("spec.secretName") == caIssuer.Str("spec.ca.secretName"));
        var root = rendering.One("Issuer", ca.Str("spec.issuerRef.name"));
        Assert.Multiple(() =>
        {
            Assert.That(ca.Str("spec.isCA"), Is.EqualTo("true"));
            Assert.That(root.At("spec").Find("selfSigned"), Is.Not.Null);
        });
    }

    [Test]
    public async Task CertManager_CopiedWithAnotherNamespace_MovesEveryNamespaceReference()
    {
        using var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(Repo.InManifests("overlays/cert-manager")))
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        var kustomization = Path.Combine(copy.Path, "kustomization.yaml");
        var basePath = Path.GetRelativePath(copy.Path, Repo.InManifests("base"));
        File.WriteAllText(kustomization, File.ReadAllText(kustomization)
            .Replace("../../base", basePath, StringComparison.Ordinal)
            .Replace("namespace: stork-system", "namespace: other", StringComparison.Ordinal));

        var rendering = await Kustomize.BuildAsync(copy.Path);

        Assert.That(rendering.Text, Does.Not.Contain(Names.InstallNamespace));
        NamespaceAssertions.EverythingIn(rendering, "other");
    }

    private static string[] ServiceNames(string ns) =>
        [Names.Webhook, $"{Names.Webhook}.{ns}", $"{Names.Webhook}.{ns}.svc", $"{Names.Webhook}.{ns}.svc.cluster.local"];
}
