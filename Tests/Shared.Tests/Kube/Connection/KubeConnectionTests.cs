using System.Globalization;
using Stork.Shared.Kube.Connection;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Time;
using Stork.Tests.Fakes.Tls;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>Resolved endpoints reach the fake API server over real TLS.</summary>
[TestFixture]
internal sealed class KubeConnectionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly KubeEnvironment Nothing = new(null, null, null, "/nonexistent/serviceaccount", null);

    private FakeKubeApiServer _fake = null!;
    private TempDirectory _directory = null!;

    [OneTimeSetUp]
    public async Task StartFake() => _fake = await FakeKubeApiServer.StartAsync().WaitAsync(Timeout);

    [OneTimeTearDown]
    public async Task StopFake() => await _fake.DisposeAsync().AsTask().WaitAsync(Timeout);

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
    public async Task Resolve_KubeconfigVariant_ConnectsAndAuthenticates(KubeTrust trust, KubeCredential credential)
    {
        var path = KubeconfigVariants.Write(_directory, _fake, trust, credential);

        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions { Kubeconfig = path }, Nothing);

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

        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions { Kubeconfig = path, Context = context }, Nothing);

        Assert.That(await ListNamespacesAsync(endpoint), Is.EqualTo(expected));
    }

    [Test]
    public async Task Connect_WrongToken_ServerAnswers401()
    {
        var path = _directory.Write("kubeconfig", KubeconfigYaml.Single(
            _fake.Url.ToString(), [$"certificate-authority-data: {KubeconfigYaml.Base64(_fake.CaPem)}"], ["token: not-the-token"]));

        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions { Kubeconfig = path }, Nothing);

        Assert.That(await ListNamespacesAsync(endpoint), Is.EqualTo(401));
    }

    [Test]
    public async Task Connect_ServerNotSignedByGivenCa_FailsTls()
    {
        using var otherCa = TestCertificates.CreateAuthority("other");
        var path = _directory.Write("kubeconfig", KubeconfigYaml.Single(
            _fake.Url.ToString(), [$"certificate-authority-data: {KubeconfigYaml.Base64(otherCa.AuthorityPem)}"], ["token: x"]));
        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions { Kubeconfig = path }, Nothing);

        Assert.That(async () => await ListNamespacesAsync(endpoint), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task Resolve_InCluster_ConnectsWithServiceAccount()
    {
        var environment = InCluster(FakeKubeApiServer.DefaultToken);

        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions(), environment);

        Assert.That(await ListNamespacesAsync(endpoint), Is.EqualTo(200));
    }

    [Test]
    public async Task Connect_RotatedTokenFile_PickedUpAfterTheReReadInterval()
    {
        _fake.ValidTokens = ["first"];
        var clock = new ManualTimeProvider();
        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions(), InCluster("first"));
        using var client = Client(endpoint, clock);
        Assert.That(await StatusAsync(client), Is.EqualTo(200));

        _directory.Write("serviceaccount/token", "second");
        _fake.ValidTokens = ["second"];
        var beforeReRead = await StatusAsync(client);
        clock.Advance(FileTokenSource.RefreshInterval);

        Assert.That(beforeReRead, Is.EqualTo(401));
        Assert.That(await StatusAsync(client), Is.EqualTo(200));
    }

    private KubeEnvironment InCluster(string token)
    {
        _directory.Write("serviceaccount/token", token);
        _directory.Write("serviceaccount/ca.crt", _fake.CaPem);
        return new KubeEnvironment(
            null, "127.0.0.1", _fake.Url.Port.ToString(CultureInfo.InvariantCulture), Path.Combine(_directory.Path, "serviceaccount"), null);
    }

    private static async Task<int> ListNamespacesAsync(KubeEndpoint endpoint)
    {
        using var client = Client(endpoint, TimeProvider.System);
        return await StatusAsync(client);
    }

    private static HttpClient Client(KubeEndpoint endpoint, TimeProvider clock) =>
        new(KubeHttpHandlerFactory.Create(endpoint, clock)) { BaseAddress = endpoint.Server, Timeout = Timeout };

    private static async Task<int> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/v1/namespaces").WaitAsync(Timeout);
        return (int)response.StatusCode;
    }
}
