using System.Reflection;
using System.Text.Json.Serialization;
using Stork.Deploy.Tests.Support;
using Stork.Shared.Annotations;
using Stork.Shared.Kube.Models;
using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>The MutatingWebhookConfiguration against the webhook's Service, Deployment and code.</summary>
internal sealed class WebhookConfigurationTests
{
    private Rendering _base = null!;
    private YamlNode _webhook = null!;

    [OneTimeSetUp]
    public async Task RenderAsync()
    {
        _base = await Kustomize.BuildManifestsAsync(".");
        _webhook = _base.One("MutatingWebhookConfiguration", Names.Webhook).Items("webhooks").Single();
    }

    [Test]
    public void ClientConfig_Service_IsTheWebhookServiceAndEndpoint()
    {
        var target = _webhook.At("clientConfig.service");
        var service = _base.One("Service", target.Str("name"));
        var servicePort = service.Items("spec.ports").Single(p => p.Str("port") == target.Str("port"));
        var container = Pods.Container(_base, Names.Webhook, Names.WebhookContainer);
        Assert.Multiple(() =>
        {
            Assert.That(target.Str("namespace"), Is.EqualTo(service.Str("metadata.namespace")));
            Assert.That(target.Str("path"), Is.EqualTo(CodeContract.WebhookPath));
            Assert.That(Pods.ResolvePort(container, servicePort.Str("targetPort")), Is.EqualTo(CodeContract.WebhookPort));
            Assert.That(Pods.Selects(service.At("spec.selector"), Pods.Labels(_base, Names.Webhook)), Is.True);
        });
    }

    [Test]
    public void WebhookContainer_Urls_ListenOnTheContainerPortOverHttps()
    {
        var container = Pods.Container(_base, Names.Webhook, Names.WebhookContainer);
        var url = new Uri(ContainerArgs.Flags(container)["--urls"]);
        Assert.Multiple(() =>
        {
            Assert.That(url.Scheme, Is.EqualTo("https"));
            Assert.That(url.Port, Is.EqualTo(CodeContract.WebhookPort));
            Assert.That(Pods.ResolvePort(container, "https"), Is.EqualTo(CodeContract.WebhookPort));
        });
    }

    [Test]
    public void WebhookContainer_TlsFiles_ComeFromTheMountedSecret()
    {
        var spec = Pods.Spec(_base, Names.Webhook);
        var container = Pods.Container(_base, Names.Webhook, Names.WebhookContainer);
        var volume = spec.Items("volumes").Single(v => v.Find("secret") is not null);
        var mount = container.Items("volumeMounts").Single(m => m.Str("name") == volume.Str("name"));
        var flags = ContainerArgs.Flags(container);
        Assert.Multiple(() =>
        {
            Assert.That(volume.Str("secret.secretName"), Is.EqualTo(Names.WebhookTlsSecret));
            Assert.That(mount.Find("subPath"), Is.Null, "a subPath mount never sees a rotated Secret");
            Assert.That(flags["--tls-cert-file"], Is.EqualTo(mount.Str("mountPath") + "/tls.crt"));
            Assert.That(flags["--tls-key-file"], Is.EqualTo(mount.Str("mountPath") + "/tls.key"));
        });
    }

    [Test]
    public void Rules_PodCreateOnly()
    {
        var rule = _webhook.Items("rules").Single();
        Assert.Multiple(() =>
        {
            Assert.That(rule.Strings("operations"), Is.EqualTo(new[] { "CREATE" }));
            Assert.That(rule.Strings("apiGroups"), Is.EqualTo(new[] { "" }));
            Assert.That(rule.Strings("apiVersions"), Is.EqualTo(new[] { "v1" }));
            Assert.That(rule.Strings("resources"), Is.EqualTo(new[] { "pods" }));
        });
    }

    [TestCase("failurePolicy", "Ignore")]
    [TestCase("sideEffects", "None")]
    [TestCase("timeoutSeconds", "5")]
    [TestCase("reinvocationPolicy", "IfNeeded")]
    public void Setting_HasTheRequiredValue(string key, string expected) =>
        Assert.That(_webhook.Str(key), Is.EqualTo(expected));

    [Test]
    public void AdmissionReviewVersions_V1ThenV1beta1() =>
        Assert.That(_webhook.Strings("admissionReviewVersions"), Is.EqualTo(new[] { "v1", "v1beta1" }));

    [Test]
    public void NamespaceSelector_ByName_ExcludesKubeSystemAndTheInstallNamespace()
    {
        var expression = Expression(Names.NamespaceNameLabel);
        var installNamespace = _base.One("Deployment", Names.Webhook).Str("metadata.namespace");
        Assert.Multiple(() =>
        {
            Assert.That(expression.Str("operator"), Is.EqualTo("NotIn"));
            Assert.That(expression.Strings("values"), Is.EquivalentTo(new[] { "kube-system", installNamespace }));
        });
    }

    [Test]
    public void NamespaceSelector_OptOutLabel_IsTheCodesKeyWithEveryGoTrueSpelling()
    {
        var expression = Expression(CodeContract.OptOutLabel);
        var values = expression.Strings("values");
        Assert.Multiple(() =>
        {
            Assert.That(expression.Str("operator"), Is.EqualTo("NotIn"));
            Assert.That(values, Is.EquivalentTo(new[] { "1", "t", "T", "TRUE", "true", "True" }));
            Assert.That(values.Select(GoBool.Parse), Has.All.True);
        });
    }

    [Test]
    public void MatchCondition_TestsEveryModelledVolumeSource()
    {
        var expression = _webhook.Items("matchConditions").Single().Str("expression");
        var sources = typeof(Volume).GetProperties()
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name)
            .Where(name => name != "name")
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sources, Is.Not.Empty);
            Assert.That(expression, Does.StartWith("has(object.spec.volumes) && object.spec.volumes.exists(v,"));
            foreach (var source in sources)
                Assert.That(expression, Does.Contain($"has(v.{source})"), source);
        });
    }

    [Test]
    public void CaBundle_AbsentFromTheBase() =>
        Assert.That(_webhook.At("clientConfig").Find("caBundle"), Is.Null,
            "an empty bundle in the base would blank an injected one on every re-apply");

    private YamlNode Expression(string key) =>
        _webhook.Items("namespaceSelector.matchExpressions").Single(e => e.Str("key") == key);
}
