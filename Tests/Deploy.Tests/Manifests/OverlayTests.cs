using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>Every kustomization renders; the overlays do what their names say.</summary>
internal sealed class OverlayTests
{
    [TestCase(".")]
    [TestCase("base")]
    [TestCase("overlays/cert-manager")]
    [TestCase("overlays/webhook-disabled")]
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
    public async Task WebhookDisabled_NoWebhookConfiguration_WebhookControllerFalse()
    {
        var rendering = await Kustomize.BuildManifestsAsync("overlays/webhook-disabled");
        var webhook = Pods.Container(rendering, Names.Webhook, Names.WebhookContainer);
        Assert.Multiple(() =>
        {
            Assert.That(rendering.All("MutatingWebhookConfiguration"), Is.Empty);
            Assert.That(ContainerArgs.Flags(webhook)["--webhook-controller"], Is.EqualTo("false"));
        });
    }

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
