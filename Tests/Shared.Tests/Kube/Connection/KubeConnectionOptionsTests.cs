using Microsoft.Extensions.Configuration;
using Stork.Shared.Kube.Connection;

namespace Stork.Shared.Tests.Kube.Connection;

[TestFixture]
internal sealed class KubeConnectionOptionsTests
{
    [Test]
    public void BindFrom_CommandLine_ReadsKubeconfigAndContext()
    {
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(["--kubeconfig", "/etc/stork/kubeconfig", "--context", "prod"])
            .Build();
        var options = new KubeConnectionOptions();

        options.BindFrom(configuration);

        Assert.That((options.Kubeconfig, options.Context), Is.EqualTo(("/etc/stork/kubeconfig", "prod")));
    }

    [Test]
    public void BindFrom_NothingGiven_LeavesBothUnset()
    {
        var options = new KubeConnectionOptions();

        options.BindFrom(new ConfigurationBuilder().Build());

        Assert.That((options.Kubeconfig, options.Context), Is.EqualTo(((string?)null, (string?)null)));
    }
}
