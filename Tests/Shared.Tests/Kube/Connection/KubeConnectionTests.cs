using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Tls;
using static Stork.Shared.Tests.Kube.Connection.KubeProbe;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>Kubeconfigs resolved through the KubernetesClient package reach the fake API server over real TLS.</summary>
[TestFixture]
internal sealed class KubeConnectionTests : FakeKubeConnectionFixture
{
    protected override IReadOnlyCollection<string> InitialTokens => [FakeKubeApiServer.DefaultToken];

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
        var path = KubeconfigVariants.Write(Files, Fake, trust, credential);
        Fake.ValidTokens = [FakeKubeApiServer.DefaultToken, KubeconfigVariants.OidcIdToken];

        var endpoint = Resolve(path);

        Assert.That(await ListNamespacesAsync(endpoint), Is.EqualTo(200));
    }

    [TestCase(null, 401)]
    [TestCase("wrong", 401)]
    [TestCase("right", 200)]
    public async Task Resolve_ContextOverride_UsesThatContextsUser(string? context, int expected)
    {
        var path = Files.Write("kubeconfig", $"""
            current-context: wrong
            clusters:
            - name: c
              cluster:
                server: {Fake.Url}
                certificate-authority-data: {KubeconfigYaml.Base64(Fake.CaPem)}
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
        var path = Files.Write("kubeconfig", KubeconfigYaml.Single(
            Fake.Url.ToString(), [$"certificate-authority-data: {KubeconfigYaml.Base64(Fake.CaPem)}"], ["token: not-the-token"]));

        Assert.That(await ListNamespacesAsync(Resolve(path)), Is.EqualTo(401));
    }

    [Test]
    public void Connect_ServerNotSignedByGivenCa_FailsTls()
    {
        using var otherCa = TestCertificates.CreateAuthority("other");
        var path = Files.Write("kubeconfig", KubeconfigYaml.Single(
            Fake.Url.ToString(), [$"certificate-authority-data: {KubeconfigYaml.Base64(otherCa.AuthorityPem)}"], ["token: x"]));
        var endpoint = Resolve(path);

        Assert.That(async () => await ListNamespacesAsync(endpoint), Throws.InstanceOf<HttpRequestException>());
    }

    /// <summary>The fake's certificate names 127.0.0.1, not its IPv4-mapped IPv6 form, which reaches the same socket
    /// (shown with verification off): signed by the trusted CA, but for another name. The package's own CA check
    /// would let it through.</summary>
    [Test]
    public async Task Connect_ServerCertificateForAnotherName_FailsTls()
    {
        var mapped = new UriBuilder(Fake.Url) { Host = "[::ffff:127.0.0.1]" }.Uri.ToString();
        var token = $"token: {FakeKubeApiServer.DefaultToken}";
        var unverified = Files.Write("unverified", KubeconfigYaml.Single(mapped, ["insecure-skip-tls-verify: true"], [token]));
        var verified = Files.Write("verified", KubeconfigYaml.Single(
            mapped, [$"certificate-authority-data: {KubeconfigYaml.Base64(Fake.CaPem)}"], [token]));

        Assert.That(await ListNamespacesAsync(Resolve(unverified)), Is.EqualTo(200));
        Assert.That(async () => await ListNamespacesAsync(Resolve(verified)), Throws.InstanceOf<HttpRequestException>());
    }
}
