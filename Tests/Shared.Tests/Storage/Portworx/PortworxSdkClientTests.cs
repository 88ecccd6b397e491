using System.Net;
using Stork.Shared.Storage.Portworx;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxSdkClientTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private FakePortworxSdkServer _sdk = null!;
    private string _tokenPath = null!;

    [SetUp]
    public async Task SetUp()
    {
        _sdk = await FakePortworxSdkServer.StartAsync().WaitAsync(Bound);
        _tokenPath = Path.Combine(Path.GetTempPath(), $"px-token-{Guid.NewGuid():N}");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _sdk.DisposeAsync();
        File.Delete(_tokenPath);
    }

    [Test]
    public async Task EnumerateNodesAsync_SpecJson_ReadsUsedFields()
    {
        _sdk.SetNodes(
            new FakeStorageNode("n1", "k8s-1", "host1", "10.0.0.1", "192.168.0.1", "STATUS_STORAGE_DOWN"),
            new FakeStorageNode("n2", Status: null));
        using var client = Client();

        var nodes = await client.EnumerateNodesAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.That(nodes, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(nodes[0].Id, Is.EqualTo("n1"));
            Assert.That(nodes[0].SchedulerNodeName, Is.EqualTo("k8s-1"));
            Assert.That(nodes[0].Hostname, Is.EqualTo("host1"));
            Assert.That(nodes[0].MgmtIp, Is.EqualTo("10.0.0.1"));
            Assert.That(nodes[0].DataIp, Is.EqualTo("192.168.0.1"));
            Assert.That(nodes[0].Status, Is.EqualTo("STATUS_STORAGE_DOWN"));
            Assert.That(nodes[1].Status, Is.Null);
        });
    }

    [Test]
    public async Task InspectVolumeAsync_SpecJson_ReadsUsedFields()
    {
        _sdk.SetVolume(new FakeVolume(
            "vol/1", "pvc-1", [["n1", "n2"], ["n3"]],
            LocatorLabels: new Dictionary<string, string> { ["namespace"] = "default" },
            SpecLabels: new Dictionary<string, string> { ["repl"] = "2" },
            Sharedv4: true,
            Sharedv4ServiceType: ""));
        using var client = Client();

        var volume = await client.InspectVolumeAsync("vol/1", CancellationToken.None).WaitAsync(Bound);

        Assert.Multiple(() =>
        {
            Assert.That(volume.Id, Is.EqualTo("vol/1"));
            Assert.That(volume.Locator?.Name, Is.EqualTo("pvc-1"));
            Assert.That(volume.Locator?.VolumeLabels, Is.EquivalentTo(new Dictionary<string, string> { ["namespace"] = "default" }));
            Assert.That(volume.Spec?.VolumeLabels, Is.EquivalentTo(new Dictionary<string, string> { ["repl"] = "2" }));
            Assert.That(volume.Spec?.Sharedv4, Is.True);
            Assert.That(volume.Spec?.Sharedv4ServiceSpec, Is.Not.Null);
            Assert.That(volume.ReplicaSets?.Select(set => set.Nodes), Is.EqualTo(new[] { new[] { "n1", "n2" }, new[] { "n3" } }));
        });
    }

    [Test]
    public async Task InspectVolumeAsync_NoServiceSpec_ServiceSpecNull()
    {
        _sdk.SetVolume(new FakeVolume("v1", Sharedv4: true));
        using var client = Client();

        var volume = await client.InspectVolumeAsync("v1", CancellationToken.None).WaitAsync(Bound);

        Assert.That(volume.Spec?.Sharedv4ServiceSpec, Is.Null);
    }

    [Test]
    public void InspectVolumeAsync_MissingVolume_NotAnSdkFailureAndNamesGatewayMessage()
    {
        using var client = Client();

        var error = Assert.ThrowsAsync<PortworxSdkException>(() => client.InspectVolumeAsync("gone", CancellationToken.None).WaitAsync(Bound));

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.IndicatesSdkFailure, Is.False);
        Assert.That(error.Message, Does.Contain("404").And.Contain("Volume id gone not found (gRPC code 5)"));
    }

    [TestCase(503)]
    [TestCase(500)]
    public void EnumerateNodesAsync_ErrorStatus_SdkFailureWithStatus(int status)
    {
        _sdk.FailStatus = status;
        using var client = Client();

        var error = Assert.ThrowsAsync<PortworxSdkException>(() => client.EnumerateNodesAsync(CancellationToken.None).WaitAsync(Bound));

        Assert.That(error.IndicatesSdkFailure, Is.True);
        Assert.That(error.Message, Does.Contain($"GET /v1/nodes/filters answered {status}").And.Contain("injected failure"));
    }

    [Test]
    public void EnumerateNodesAsync_ConnectionDropped_SdkFailure()
    {
        _sdk.AbortConnections = true;
        using var client = Client();

        var error = Assert.ThrowsAsync<PortworxSdkException>(() => client.EnumerateNodesAsync(CancellationToken.None).WaitAsync(Bound));

        Assert.That(error.IndicatesSdkFailure, Is.True);
        Assert.That(error.StatusCode, Is.Null);
    }

    [Test]
    public void EnumerateNodesAsync_TokenRequiredButNoneConfigured_Unauthorized()
    {
        _sdk.RequiredToken = "secret";
        using var client = Client();

        var error = Assert.ThrowsAsync<PortworxSdkException>(() => client.EnumerateNodesAsync(CancellationToken.None).WaitAsync(Bound));

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(error.IndicatesSdkFailure, Is.True);
    }

    [Test]
    public async Task EnumerateNodesAsync_TokenFileRewritten_SendsNewToken()
    {
        _sdk.SetNodes(new FakeStorageNode("n1"));
        _sdk.RequiredToken = "first";
        await File.WriteAllTextAsync(_tokenPath, "first\n");
        using var client = Client(new BearerTokenFile(_tokenPath));
        await client.EnumerateNodesAsync(CancellationToken.None).WaitAsync(Bound);

        _sdk.RequiredToken = "second-token";
        await File.WriteAllTextAsync(_tokenPath, "second-token");
        var nodes = await client.EnumerateNodesAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.That(nodes, Has.Count.EqualTo(1));
    }

    [Test]
    public void EnumerateNodesAsync_TokenFileMissing_SdkFailureNamingTheFile()
    {
        using var client = Client(new BearerTokenFile(_tokenPath));

        var error = Assert.ThrowsAsync<PortworxSdkException>(() => client.EnumerateNodesAsync(CancellationToken.None).WaitAsync(Bound));

        Assert.That(error.Message, Does.Contain("token file").And.Contain(_tokenPath));
    }

    [TestCase("{\"error\":\"e\",\"code\":14,\"message\":\"m\"}", "m (gRPC code 14)")]
    [TestCase("{\"error\":\"e\",\"code\":2}", "e (gRPC code 2)")]
    [TestCase("{}", null)]
    [TestCase("<html>bad gateway</html>", null)]
    [TestCase("", null)]
    public void GatewayMessage_Body_MessageOrNull(string body, string? expected) =>
        Assert.That(PortworxSdkClient.GatewayMessage(body), Is.EqualTo(expected));

    private PortworxSdkClient Client(BearerTokenFile? token = null) =>
        new(new HttpClient(), _sdk.Endpoint, token);
}
