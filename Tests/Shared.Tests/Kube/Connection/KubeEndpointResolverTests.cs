using Stork.Shared.Kube.Connection;
using Stork.Tests.Fakes.Tls;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>Which source wins, and the errors for what cannot be used. No server involved.</summary>
[TestFixture]
internal sealed class KubeEndpointResolverTests
{
    private static readonly string CaPem = CreateCaPem();

    private TempDirectory _directory = null!;

    [SetUp]
    public void SetUp() => _directory = new TempDirectory();

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    public void Resolve_KubeconfigOption_WinsOverEverythingElse()
    {
        var given = Config("given.yaml", "https://given.test:6443");
        var variable = Config("variable.yaml", "https://variable.test:6443");

        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions { Kubeconfig = given }, Environment(variable, inCluster: true, home: true), TimeProvider.System);

        Assert.That(endpoint.Server, Is.EqualTo(new Uri("https://given.test:6443")));
    }

    [Test]
    public void Resolve_VariableListingMissingThenExisting_UsesFirstExisting()
    {
        var variable = Config("variable.yaml", "https://variable.test:6443");
        var list = string.Join(Path.PathSeparator, Path.Combine(_directory.Path, "missing.yaml"), variable);

        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions(), Environment(list, inCluster: true, home: true), TimeProvider.System);

        Assert.That(endpoint.Server, Is.EqualTo(new Uri("https://variable.test:6443")));
    }

    [TestCase("kubernetes.default.svc", "https://kubernetes.default.svc:443/")]
    [TestCase("fd00::1", "https://[fd00::1]:443/")]
    public void Resolve_InCluster_WinsOverHomeConfig(string host, string expected)
    {
        var environment = Environment(null, inCluster: true, home: true) with { ServiceHost = host };

        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions(), environment, TimeProvider.System);

        Assert.That(endpoint.Server, Is.EqualTo(new Uri(expected)));
        Assert.That(endpoint.Configuration.TokenProvider, Is.TypeOf<RotatingTokenFile>()
            .With.Property(nameof(RotatingTokenFile.Path)).EqualTo(Path.Combine(environment.ServiceAccountDirectory, "token")));
    }

    [Test]
    public void Resolve_OnlyHomeConfig_UsesIt()
    {
        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions(), Environment(null, inCluster: false, home: true), TimeProvider.System);

        Assert.That(endpoint.Server, Is.EqualTo(new Uri("https://home.test:6443")));
    }

    [Test]
    public void Resolve_NothingConfigured_ThrowsNamingEverythingTried()
    {
        var environment = Environment(Path.Combine(_directory.Path, "missing.yaml"), inCluster: false, home: false);

        var error = Assert.Throws<KubeConfigException>(() => KubeEndpointResolver.Resolve(new KubeConnectionOptions(), environment, TimeProvider.System));

        Assert.That(error!.Message, Does.Contain("--kubeconfig").And.Contain("$KUBECONFIG").And.Contain("in-cluster")
            .And.Contain(Path.Combine(_directory.Path, "nohome", ".kube", "config")));
    }

    [Test]
    public void Resolve_KubeconfigOptionFileMissing_Throws()
    {
        var options = new KubeConnectionOptions { Kubeconfig = Path.Combine(_directory.Path, "missing.yaml") };

        Assert.That(() => KubeEndpointResolver.Resolve(options, Environment(null, inCluster: true, home: true), TimeProvider.System), Throws.InstanceOf<KubeConfigException>());
    }

    [TestCase("auth-provider: {name: gcp, config: {access-token: t}}", "auth-provider 'gcp'")]
    [TestCase("auth-provider: {name: azure}", "auth-provider 'azure'")]
    [TestCase("client-certificate: missing.crt", "a client certificate or key without the other")]
    [TestCase("client-key-data: bm90IGEga2V5", "a client certificate or key without the other")]
    public void Resolve_UnsupportedUserAuth_ThrowsNamingIt(string userField, string named)
    {
        var path = _directory.Write("kubeconfig", KubeconfigYaml.Single("https://cluster.test", [], [userField]));

        var error = Assert.Throws<KubeConfigException>(() => Resolve(path));

        Assert.That(error!.Message, Does.Contain("'u'").And.Contain(named).And.Contain(path));
    }

    [TestCase("username: admin")]
    [TestCase("exec: {command: /bin/true}")]
    [TestCase("exec: {apiVersion: client.authentication.k8s.io/v1, command: /nonexistent/plugin}")]
    public void Resolve_UnusableUserAuth_ThrowsNamingTheFile(string userField)
    {
        var path = _directory.Write("kubeconfig", KubeconfigYaml.Single("https://cluster.test", [], [userField]));

        var error = Assert.Throws<KubeConfigException>(() => Resolve(path));

        Assert.That(error!.Message, Does.StartWith($"kubeconfig {path}"));
    }

    [TestCase("current-context: test\n", "ghost")]
    [TestCase("", null)]
    public void Resolve_ContextMissing_Throws(string currentContext, string? context)
    {
        var path = _directory.Write("kubeconfig", currentContext + "clusters: []\ncontexts: []\nusers: []\n");

        Assert.That(() => Resolve(path, context), Throws.InstanceOf<KubeConfigException>());
    }

    [TestCase("client-certificate: missing.crt", "client-key: missing.key")]
    [TestCase("client-certificate-data: bm90IGEgY2VydA==", "client-key-data: bm90IGEga2V5")]
    [TestCase("client-certificate-data: '%%%'", "client-key-data: '%%%'")]
    public void Connect_BrokenClientCertificate_Throws(string certificateField, string keyField)
    {
        var path = _directory.Write("kubeconfig", KubeconfigYaml.Single("https://cluster.test", [], [certificateField, keyField]));

        Assert.That(() => KubeHttpClientFactory.Create(Resolve(path)), Throws.InstanceOf<KubeConfigException>());
    }

    [TestCase("server: ftp://cluster.test")]
    [TestCase("certificate-authority-data: bm90IGEgY2VydA==")]
    [TestCase("certificate-authority: missing.crt")]
    public void Resolve_BrokenCluster_Throws(string clusterField)
    {
        var yaml = KubeconfigYaml.Single("https://cluster.test", [clusterField], ["token: t"]);
        var path = _directory.Write("kubeconfig", clusterField.StartsWith("server", StringComparison.Ordinal)
            ? yaml.Replace("server: https://cluster.test\n", "", StringComparison.Ordinal)
            : yaml);

        Assert.That(() => Resolve(path), Throws.InstanceOf<KubeConfigException>());
    }

    [Test]
    public void Resolve_TokenFile_ResolvesAgainstTheKubeconfigDirectory()
    {
        _directory.Write("nested/token", "from-file");
        var path = _directory.Write("nested/kubeconfig", KubeconfigYaml.Single("https://cluster.test", [], ["tokenFile: token", "token: static"]));

        var endpoint = Resolve(path);

        Assert.That(endpoint.Configuration.TokenProvider, Is.TypeOf<RotatingTokenFile>()
            .With.Property(nameof(RotatingTokenFile.Path)).EqualTo(Path.Combine(_directory.Path, "nested", "token")));
    }

    private static string CreateCaPem()
    {
        using var authority = TestCertificates.CreateAuthority();
        return authority.AuthorityPem;
    }

    private static KubeEndpoint Resolve(string path, string? context = null) =>
        KubeProbe.Resolve(path, context);

    private string Config(string name, string server) => _directory.Write(name, KubeconfigYaml.Single(server, [], ["token: t"]));

    private KubeEnvironment Environment(string? kubeconfigVariable, bool inCluster, bool home)
    {
        if (inCluster)
        {
            _directory.Write("sa/token", "token");
            _directory.Write("sa/ca.crt", CaPem);
        }

        _directory.Write("home/.kube/config", KubeconfigYaml.Single("https://home.test:6443", [], ["token: t"]));
        return new KubeEnvironment(
            kubeconfigVariable,
            inCluster ? "kubernetes.default.svc" : null,
            inCluster ? "443" : null,
            Path.Combine(_directory.Path, "sa"),
            home ? Path.Combine(_directory.Path, "home") : Path.Combine(_directory.Path, "nohome"));
    }
}
