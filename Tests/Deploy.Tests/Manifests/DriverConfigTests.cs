using System.Text.RegularExpressions;
using Stork.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>Driver settings live in one ConfigMap; every service flag that uses them resolves.</summary>
internal sealed partial class DriverConfigTests
{
    private Rendering _base = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _base = await Kustomize.BuildManifestsAsync(".");

    [TestCase(Names.Webhook, Names.WebhookContainer, "--driver", "--csi-driver")]
    [TestCase(Names.Scheduler, Names.ScoringContainer, "--driver", "--portworx-endpoint", "--csi-driver")]
    public void DriverFlags_ComeFromTheDriverConfigMap(string deployment, string name, params string[] flags)
    {
        var container = Pods.Container(_base, deployment, name);
        var configMap = _base.One("ConfigMap", Names.DriverConfig);
        var args = ContainerArgs.Flags(container);
        Assert.Multiple(() =>
        {
            foreach (var flag in flags)
            {
                var variable = EnvReference().Match(args[flag]);
                Assert.That(variable.Success, Is.True, $"{flag} = {args[flag]}");
                var source = Env(container, variable.Groups[1].Value).At("valueFrom.configMapKeyRef");
                Assert.That(source.Str("name"), Is.EqualTo(configMap.Str("metadata.name")), flag);
                Assert.That(configMap.At("data").Find(source.Str("key")), Is.Not.Null, flag);
            }
        });
    }

    [TestCase("STORK_DRIVER", "pxd")]
    [TestCase("PORTWORX_ENDPOINT", "http://portworx-api.kube-system:9021")]
    [TestCase("CSI_DRIVER", "pxd.portworx.com")]
    public void DriverConfig_Default(string key, string expected) =>
        Assert.That(_base.One("ConfigMap", Names.DriverConfig).Str("data." + key), Is.EqualTo(expected));

    private static YamlNode Env(YamlNode container, string name) =>
        container.Items("env").Single(e => e.Str("name") == name);

    [GeneratedRegex(@"^\$\(([A-Z_]+)\)$")]
    private static partial Regex EnvReference();
}
