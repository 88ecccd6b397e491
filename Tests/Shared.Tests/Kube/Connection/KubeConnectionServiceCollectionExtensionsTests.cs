using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Stork.Shared.Kube.Connection;

namespace Stork.Shared.Tests.Kube.Connection;

[TestFixture]
internal sealed class KubeConnectionServiceCollectionExtensionsTests
{
    [Test]
    public void AddKubeConnection_KubeconfigOnCommandLine_ResolvesItsEndpoint()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("kubeconfig", KubeconfigYaml.Single("https://cluster.test:6443", [], ["token: t"]));
        var configuration = new ConfigurationBuilder().AddCommandLine(["--kubeconfig", path]).Build();
        var services = new ServiceCollection();
        services.AddSingleton(new KubeEnvironment(null, null, null, "/nonexistent", null));

        using var provider = services.AddKubeConnection(configuration).BuildServiceProvider();

        Assert.That(provider.GetRequiredService<KubeEndpoint>().Server, Is.EqualTo(new Uri("https://cluster.test:6443")));
    }

    [Test]
    public void AddKubeConnection_NothingConfigured_ThrowsWhenTheEndpointIsNeeded()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new KubeEnvironment(null, null, null, "/nonexistent", null));

        using var provider = services.AddKubeConnection(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<KubeEndpoint>(), Throws.InstanceOf<KubeConfigException>()
            .With.Message.Contains("tried --kubeconfig (not given); $KUBECONFIG (not set); in-cluster"));
    }
}
