using Stork.Shared.Hosting;

namespace Stork.Shared.Tests.Hosting;

internal sealed class CommandLineTests
{
    private static readonly HashSet<string> Booleans = ["webhook-controller"];
    private static readonly HashSet<string> Repeatable = ["csi-driver"];

    private static string[] Normalize(params string[] args) => CommandLine.Normalize(args, Booleans, Repeatable);

    [TestCase(new[] { "--driver", "pxd" }, new[] { "--driver=pxd" })]
    [TestCase(new[] { "--driver=pxd" }, new[] { "--driver=pxd" })]
    [TestCase(new[] { "-driver", "pxd" }, new[] { "--driver=pxd" })]
    [TestCase(new[] { "--urls", "https://127.0.0.1:8443" }, new[] { "--urls=https://127.0.0.1:8443" })]
    [TestCase(new[] { "--webhook-controller" }, new[] { "--webhook-controller=true" })]
    [TestCase(new[] { "--webhook-controller", "false" }, new[] { "--webhook-controller=false" })]
    [TestCase(new[] { "--webhook-controller=false" }, new[] { "--webhook-controller=false" })]
    [TestCase(new[] { "--webhook-controller", "0" }, new[] { "--webhook-controller=false" })]
    [TestCase(new[] { "--webhook-controller=T" }, new[] { "--webhook-controller=true" })]
    [TestCase(new[] { "--webhook-controller", "--driver", "csi" }, new[] { "--webhook-controller=true", "--driver=csi" })]
    [TestCase(new[] { "--csi-driver", "a", "--csi-driver=b" }, new[] { "--csi-driver:0=a", "--csi-driver:1=b" })]
    [TestCase(new[] { "--Kube:Informer:PageSize", "100" }, new[] { "--Kube:Informer:PageSize=100" })]
    public void Normalize_GoStyleFlags_BecomeKeyEqualsValue(string[] args, string[] expected) =>
        Assert.That(Normalize(args), Is.EqualTo(expected));

    [Test]
    public void Normalize_ValueMissing_ThrowsNamingFlag()
    {
        var error = Assert.Throws<ArgumentException>(() => Normalize("--driver"));
        Assert.That(error!.Message, Does.Contain("--driver"));
    }
}
