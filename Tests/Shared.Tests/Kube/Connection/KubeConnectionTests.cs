using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Tls;
using static Stork.Shared.Tests.Kube.Connection.KubeProbe;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>Kubeconfigs resolved through the KubernetesClient package reach the fake API server over real TLS.</summary>
[TestFixture]
internal sealed class KubeConnectionTests
{
    private FakeKubeApiServer _fake = null!;
    private TempDirectory _directory = null!;

    [OneTimeSetUp]
    public async Task StartFake() => _fake = await FakeKubeApiServer.StartAsync().WaitAsync(Patience);

    [OneTimeTearDown]
    public async Task StopFake() => await _fake.DisposeAsync().AsTask().WaitAsync(Patience);

    [SetUp]
    public void SetUp()
    {
        _fake.ValidTokens = [FakeKubeApiServer.DefaultToken];
        _directory = new TempDirectory();
    }

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [TestCase(KubeTrust.CaFile, KubeCredential.Token)]
    [TestCase(KubeTrust.CaData, KubeCredential.Token)]
    [TestCase(KubeTrust.InsecureSkipTlsVerify, KubeCredential.Token)]
    [TestCase(KubeTrust.CaFile, KubeCredential.TokenFile)]
    [TestCase(KubeTrust.CaFile, KubeCredential.RsaCertificateFiles)]
    [TestCase(KubeTrust.CaFile, KubeCredential.RsaCertificateFilesPkcs1)]
    [TestCase(KubeTrust.CaData, KubeCredential.EcCertificateFiles)]
    [TestCase(KubeTrust.CaData, KubeCredential.EcCertificateFilesSec1)]
    [TestCase(KubeTrust.CaData, KubeCredential.RsaCertificateData)]
    [TestCase(KubeTrust.InsecureSkipTlsVerify, KubeCredential.EcCertificateData)]
    [TestCase(KubeTrust.CaData, KubeCredential.OidcIdToken)]
    public async Task Resolve_KubeconfigVariant_ConnectsAndAuthenticates(KubeTrust trust, KubeCredential credential)
    {
        var path = KubeconfigVariants.Write(_directory, _fake, trust, credential);
        _fake.ValidTokens = [FakeKubeApiServer.DefaultToken, KubeconfigVariants.OidcIdToken];

        var endpoint = Resolve(path);

        Assert.That(await ListNamespacesAsync(endpoint), Is.EqualTo(200));
    }

    [TestCase(null, 401)]
    [TestCase("wrong", 401)]
    [TestCase("right", 200)]
    public async Task Resolve_ContextOverride_UsesThatContextsUser(string? context, int expected)
    {
        var path = _directory.Write("kubeconfig", $"""
            current-context: wrong
            clusters:
            - name: c
              cluster:
                server: {_fake.Url}
                certificate-authority-data: {KubeconfigYaml.Base64(_fake.CaPem)}
            users:
            - name: bad
              user:
                token: nope
            - name: good
              user:
                token: {FakeKubeApiServer.DefaultToken}
            contexts:
            - name: wrong
              context:
                cluster: c
                user: bad
            - name: right
              context:
                cluster: c
                user: good
            """);

        var endpoint = Resolve(path, context);

        Assert.That(await ListNamespacesAsync(endpoint), Is.EqualTo(expected));
    }

    [Test]
    public async Task Connect_WrongToken_ServerAnswers401()
    {
        var path = _directory.Write("kubeconfig", KubeconfigYaml.Single(
            _fake.Url.ToString(), [$"certificate-authority-data: {KubeconfigYaml.Base64(_fake.CaPem)}"], ["token: not-the-token"]));

        Assert.That(await ListNamespacesAsync(Resolve(path)), Is.EqualTo(401));
    }

    [Test]
    public void Connect_ServerNotSignedByGivenCa_FailsTls()
    {
        using var otherCa = TestCertificates.CreateAuthority("other");
        var path = _directory.Write("kubeconfig", KubeconfigYaml.Single(
            _fake.Url.ToString(), [$"certificate-authority-data: {KubeconfigYaml.Base64(otherCa.AuthorityPem)}"], ["token: x"]));
        var endpoint = Resolve(path);

        Assert.That(async () => await ListNamespacesAsync(endpoint), Throws.InstanceOf<HttpRequestException>());
    }

    /// <summary>The fake's certificate names 127.0.0.1, not its IPv4-mapped IPv6 form, which reaches the same socket
    /// (shown with verification off): signed by the trusted CA, but for another name. The package's own CA check
    /// would let it through.</summary>
    [Test]
    public async Task Connect_ServerCertificateForAnotherName_FailsTls()
    {
        var mapped = new UriBuilder(_fake.Url) { Host = "[::ffff:127.0.0.1]" }.Uri.ToString();
        var token = $"token: {FakeKubeApiServer.DefaultToken}";
        var unverified = _directory.Write("unverified", KubeconfigYaml.Single(mapped, ["insecure-skip-tls-verify: true"], [token]));
        var verified = _directory.Write("verified", KubeconfigYaml.Single(
            mapped, [$"certificate-authority-data: {KubeconfigYaml.Base64(_fake.CaPem)}"], [token]));

        Assert.That(await ListNamespacesAsync(Resolve(unverified)), Is.EqualTo(200));
        Assert.That(async () => await ListNamespacesAsync(Resolve(verified)), Throws.InstanceOf<HttpRequestException>());
    }
}
