using System.Security.Cryptography.X509Certificates;
using System.Text;
using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Certs;

/// <summary>certs/generate.sh in a temp directory: the chain, the names, idempotence, renewal and the overlay.</summary>
internal sealed class GenerateScriptTests
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";

    private TempDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    [Test]
    public async Task Generate_FreshDirectory_ServingCertificateChainsToTheCa()
    {
        await GenerateScript.RunOkAsync(_dir.Path);

        using var ca = Pem.Certificate(_dir.File("ca.crt"));
        using var serving = Pem.Certificate(_dir.File("tls.crt"));
        var chain = Pem.Chain(serving, [ca]);
        Assert.That(chain?.Select(c => c.Thumbprint), Is.EqualTo(new[] { serving.Thumbprint, ca.Thumbprint }));
    }

    [Test]
    public async Task Generate_FreshDirectory_ServingLeafForServerAuthFromACa()
    {
        await GenerateScript.RunOkAsync(_dir.Path);

        using var ca = Pem.Certificate(_dir.File("ca.crt"));
        using var serving = Pem.Certificate(_dir.File("tls.crt"));
        Assert.Multiple(() =>
        {
            Assert.That(ca.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority, Is.True);
            Assert.That(serving.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority, Is.False);
            Assert.That(serving.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages
                .Cast<System.Security.Cryptography.Oid>().Select(o => o.Value), Is.EqualTo(new[] { ServerAuth }));
            Assert.That(serving.NotAfter, Is.GreaterThan(DateTime.Now.AddDays(360)));
        });
    }

    [TestCase(null, "stork-system")]
    [TestCase("other", "other")]
    public async Task Generate_Namespace_SansAreTheServiceNames(string? option, string ns)
    {
        await GenerateScript.RunOkAsync(_dir.Path, option is null ? [] : ["--namespace", option]);

        using var serving = Pem.Certificate(_dir.File("tls.crt"));
        Assert.That(Pem.DnsNames(serving), Is.EqualTo(ServiceNames(ns)));
    }

    [Test]
    public async Task Generate_SecondRun_KeepsCaAndCertificate()
    {
        await GenerateScript.RunOkAsync(_dir.Path);
        var first = Snapshot();

        await GenerateScript.RunOkAsync(_dir.Path);

        Assert.That(Snapshot(), Is.EqualTo(first));
    }

    [Test]
    public async Task Generate_Force_RenewsBoth_BundleKeepsThePreviousCa()
    {
        await GenerateScript.RunOkAsync(_dir.Path);
        var first = Snapshot();

        await GenerateScript.RunOkAsync(_dir.Path, "--force");

        using var ca = Pem.Certificate(_dir.File("ca.crt"));
        using var serving = Pem.Certificate(_dir.File("tls.crt"));
        var bundle = Pem.Bundle(File.ReadAllText(_dir.File("ca-bundle.crt")));
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(_dir.File("ca.crt")), Is.Not.EqualTo(first["ca.crt"]));
            Assert.That(File.ReadAllText(_dir.File("tls.crt")), Is.Not.EqualTo(first["tls.crt"]));
            Assert.That(Pem.Chain(serving, [ca]), Is.Not.Null);
            Assert.That(bundle.Select(c => c.ExportCertificatePem()),
                Is.EquivalentTo(new[] { ca.ExportCertificatePem(), Pem.Bundle(first["ca.crt"])[0].ExportCertificatePem() }));
        });
    }

    [Test]
    public async Task Generate_OtherNamespace_RenewsOnlyTheServingCertificate()
    {
        await GenerateScript.RunOkAsync(_dir.Path);
        var first = Snapshot();

        await GenerateScript.RunOkAsync(_dir.Path, "--namespace", "other");

        using var serving = Pem.Certificate(_dir.File("tls.crt"));
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(_dir.File("ca.crt")), Is.EqualTo(first["ca.crt"]));
            Assert.That(Pem.DnsNames(serving), Is.EqualTo(ServiceNames("other")));
        });
    }

    [TestCase(10, true)]
    [TestCase(29, true)]
    [TestCase(31, false)]
    [TestCase(100, false)]
    public async Task Generate_ExistingServingCertificate_RenewedOnlyWithin30Days(int daysLeft, bool renewed)
    {
        await GenerateScript.RunOkAsync(_dir.Path);
        DotNetIssuer.WriteServing(_dir.Path, ServiceNames("stork-system"), daysLeft);
        var before = Snapshot();

        await GenerateScript.RunOkAsync(_dir.Path);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(_dir.File("tls.crt")) != before["tls.crt"], Is.EqualTo(renewed));
            Assert.That(File.ReadAllText(_dir.File("ca.crt")), Is.EqualTo(before["ca.crt"]));
        });
    }

    [Test]
    public async Task Generate_CaExpiringWithin30Days_RenewsCaAndCertificate_BundleTrustsBoth()
    {
        Directory.CreateDirectory(_dir.Path);
        DotNetIssuer.WriteCa(_dir.Path, daysLeft: 10);
        DotNetIssuer.WriteServing(_dir.Path, ServiceNames("stork-system"), daysLeft: 5);
        var before = Snapshot();

        await GenerateScript.RunOkAsync(_dir.Path);

        using var ca = Pem.Certificate(_dir.File("ca.crt"));
        using var serving = Pem.Certificate(_dir.File("tls.crt"));
        var bundle = Pem.Bundle(File.ReadAllText(_dir.File("ca-bundle.crt")));
        Assert.Multiple(() =>
        {
            Assert.That(ca.NotAfter, Is.GreaterThan(DateTime.Now.AddYears(5)));
            Assert.That(Pem.Chain(serving, [ca]), Is.Not.Null);
            Assert.That(bundle, Has.Count.EqualTo(2));
            Assert.That(bundle.Select(c => c.ExportCertificatePem()), Does.Contain(Pem.Bundle(before["ca.crt"])[0].ExportCertificatePem()));
        });
    }

    [Test]
    public async Task Generate_Overlay_RendersTheSecretAndTheCaBundle()
    {
        await GenerateScript.RunOkAsync(_dir.Path);

        var rendering = await Kustomize.BuildAsync(_dir.Path);

        var secret = rendering.One("Secret", Names.WebhookTlsSecret);
        var clientConfig = rendering.One("MutatingWebhookConfiguration", Names.Webhook).Items("webhooks").Single().At("clientConfig");
        Assert.Multiple(() =>
        {
            Assert.That(secret.Str("type"), Is.EqualTo("kubernetes.io/tls"));
            Assert.That(Decode(secret.At("data").Find("tls.crt")!.Scalar()), Is.EqualTo(File.ReadAllText(_dir.File("tls.crt"))));
            Assert.That(Decode(secret.At("data").Find("tls.key")!.Scalar()), Is.EqualTo(File.ReadAllText(_dir.File("tls.key"))));
            Assert.That(Decode(clientConfig.Str("caBundle")), Is.EqualTo(File.ReadAllText(_dir.File("ca-bundle.crt"))));
            Assert.That(Pods.Spec(rendering, Names.Webhook).Items("volumes").Select(v => v.Find("secret")?.StrOrNull("secretName")),
                Does.Contain(Names.WebhookTlsSecret));
        });
    }

    [Test]
    public async Task Generate_OverlayForAnotherNamespace_MovesEveryNamespaceReference()
    {
        await GenerateScript.RunOkAsync(_dir.Path, "--namespace", "other");

        var rendering = await Kustomize.BuildAsync(_dir.Path);

        Assert.That(rendering.Text, Does.Not.Contain(Names.InstallNamespace));
        NamespaceAssertions.EverythingIn(rendering, "other");
    }

    [TestCase("--bogus")]
    [TestCase("--days", "30")]
    [TestCase("--days", "ten")]
    [TestCase("--namespace", "Not_A_Label")]
    public async Task Generate_InvalidArguments_ExitsWithUsageError(params string[] args)
    {
        var result = await GenerateScript.RunAsync(_dir.Path, args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(File.Exists(_dir.File("ca.crt")), Is.False);
        });
    }

    private static string[] ServiceNames(string ns) =>
        [Names.Webhook, $"{Names.Webhook}.{ns}", $"{Names.Webhook}.{ns}.svc", $"{Names.Webhook}.{ns}.svc.cluster.local"];

    private static string Decode(string base64) => Encoding.ASCII.GetString(Convert.FromBase64String(base64));

    private Dictionary<string, string> Snapshot() =>
        new[] { "ca.crt", "ca.key", "tls.crt", "tls.key" }.ToDictionary(f => f, f => File.ReadAllText(_dir.File(f)), StringComparer.Ordinal);
}
