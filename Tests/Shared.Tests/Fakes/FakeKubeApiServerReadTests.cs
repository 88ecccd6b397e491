using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Tls;

namespace Stork.Shared.Tests.Fakes;

[TestFixture]
internal sealed class FakeKubeApiServerReadTests
{
    private const string Pvcs = "/api/v1/persistentvolumeclaims";

    private FakeKubeApiServer _fake = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _fake = await FakeKubeApiServer.StartAsync().WaitAsync(FakeKubeHttp.Timeout);
        _client = FakeKubeHttp.Client(_fake);
    }

    [TearDown]
    public async Task TearDown()
    {
        _client.Dispose();
        await _fake.DisposeAsync().AsTask().WaitAsync(FakeKubeHttp.Timeout);
    }

    [Test]
    public async Task Get_ExistingObject_ReturnsItWithKindAndResourceVersion()
    {
        var stored = _fake.Add(Pvcs, FakeKubeHttp.Pvc("ns1", "data"));

        var (code, body) = await FakeKubeHttp.GetAsync(_client, "/api/v1/namespaces/ns1/persistentvolumeclaims/data");

        Assert.That(code, Is.EqualTo(200));
        Assert.That((string?)body["kind"], Is.EqualTo("PersistentVolumeClaim"));
        Assert.That((string?)body["metadata"]!["resourceVersion"], Is.EqualTo((string?)stored["metadata"]!["resourceVersion"]).And.Not.Null);
    }

    [Test]
    public async Task Get_MissingObject_Returns404Status()
    {
        var (code, body) = await FakeKubeHttp.GetAsync(_client, "/api/v1/namespaces/ns1/persistentvolumeclaims/absent");

        Assert.That(code, Is.EqualTo(404));
        Assert.That((string?)body["kind"], Is.EqualTo("Status"));
        Assert.That((string?)body["reason"], Is.EqualTo("NotFound"));
        Assert.That((int?)body["code"], Is.EqualTo(404));
        Assert.That((string?)body["details"]!["name"], Is.EqualTo("absent"));
    }

    [Test]
    public void Writes_EachOne_GetsAHigherGlobalResourceVersion()
    {
        var first = _fake.Add("/api/v1/nodes", FakeKubeHttp.Named("n1"));
        var second = _fake.Add(Pvcs, FakeKubeHttp.Pvc("ns1", "a"));
        var third = _fake.Update("/api/v1/nodes", FakeKubeHttp.Named("n1"));

        var versions = new[] { first, second, third }.Select(o => long.Parse((string)o["metadata"]!["resourceVersion"]!)).ToList();
        Assert.That(versions, Is.Ordered.Ascending.And.Unique);
        Assert.That(_fake.ResourceVersion, Is.EqualTo(versions[^1].ToString()));
    }

    [Test]
    public async Task List_WithLimit_PagesThroughEverythingAtOneResourceVersion()
    {
        _fake.Seed(Pvcs, Enumerable.Range(0, 25).Select(i => FakeKubeHttp.Pvc($"ns{i % 2}", $"pvc-{i:D2}")));
        var names = new List<string>();
        var versions = new HashSet<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var query = token is null ? "?limit=10" : $"?limit=10&continue={Uri.EscapeDataString(token)}";
            var (code, body) = await FakeKubeHttp.GetAsync(_client, Pvcs + query);
            Assert.That(code, Is.EqualTo(200));
            Assert.That((string?)body["kind"], Is.EqualTo("PersistentVolumeClaimList"));
            var items = body["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            Assert.That(items.Select(i => i["kind"]), Is.All.Null, "list items carry no kind");
            names.AddRange(items.Select(i => (string)i["metadata"]!["name"]!));
            versions.Add((string)body["metadata"]!["resourceVersion"]!);
            token = (string?)body["metadata"]!["continue"];
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.That(pages, Is.EqualTo(3));
        Assert.That(names, Is.EquivalentTo(Enumerable.Range(0, 25).Select(i => $"pvc-{i:D2}")));
        Assert.That(versions, Is.EqualTo(new[] { _fake.ResourceVersion }));
    }

    [Test]
    public async Task List_NamespacedPath_ReturnsOnlyThatNamespace()
    {
        _fake.Add(Pvcs, FakeKubeHttp.Pvc("a", "one"));
        _fake.Add(Pvcs, FakeKubeHttp.Pvc("b", "two"));

        var (_, body) = await FakeKubeHttp.GetAsync(_client, "/api/v1/namespaces/b/persistentvolumeclaims");

        Assert.That(body["items"]!.AsArray().Select(i => (string?)i!["metadata"]!["name"]), Is.EqualTo(new[] { "two" }));
    }

    [TestCase(null)]
    [TestCase("wrong-token")]
    public async Task Get_WithoutValidToken_Returns401Status(string? token)
    {
        using var client = FakeKubeHttp.Client(_fake, token);

        var (code, body) = await FakeKubeHttp.GetAsync(client, "/api/v1/namespaces");

        Assert.That(code, Is.EqualTo(401));
        Assert.That((string?)body["reason"], Is.EqualTo("Unauthorized"));
    }

    [Test]
    public async Task Get_ClientCertificateSignedByTheFakesCa_IsAccepted()
    {
        using var certificate = _fake.Certificates.IssueClient("stork", TestKeyAlgorithm.Ecdsa);
        using var client = FakeKubeHttp.Client(_fake, token: null, clientCertificate: certificate);

        var (code, _) = await FakeKubeHttp.GetAsync(client, "/api/v1/namespaces");

        Assert.That(code, Is.EqualTo(200));
    }

    [Test]
    public async Task Get_ClientCertificateFromAnotherCa_Returns401()
    {
        using var otherCa = TestCertificates.CreateAuthority("other");
        using var certificate = otherCa.IssueClient("stork");
        using var client = FakeKubeHttp.Client(_fake, token: null, clientCertificate: certificate);

        var (code, _) = await FakeKubeHttp.GetAsync(client, "/api/v1/namespaces");

        Assert.That(code, Is.EqualTo(401));
    }

    [TestCase(429, 3, "TooManyRequests")]
    [TestCase(500, null, "InternalError")]
    public async Task FailNext_OneFailure_AnswersStatusThenRecovers(int statusCode, int? retryAfter, string reason)
    {
        _fake.FailNext("/api/v1/nodes", statusCode, count: 1, retryAfterSeconds: retryAfter);

        using var failed = await _client.GetAsync("/api/v1/nodes").WaitAsync(FakeKubeHttp.Timeout);
        var status = JsonNode.Parse(await failed.Content.ReadAsStringAsync())!;
        var (code, _) = await FakeKubeHttp.GetAsync(_client, "/api/v1/nodes");

        Assert.That((int)failed.StatusCode, Is.EqualTo(statusCode));
        Assert.That(failed.Headers.RetryAfter?.Delta, Is.EqualTo(retryAfter is { } s ? TimeSpan.FromSeconds(s) : null));
        Assert.That((string?)status["reason"], Is.EqualTo(reason));
        Assert.That((int?)status["details"]?["retryAfterSeconds"], Is.EqualTo(retryAfter));
        Assert.That(code, Is.EqualTo(200));
        Assert.That(_fake.Requests("/api/v1/nodes", FakeKubeVerb.List), Is.EqualTo(2));
    }

    [Test]
    public async Task FailNext_WatchVerbOnly_LeavesListsAlone()
    {
        _fake.FailNext("/api/v1/nodes", 500, verb: FakeKubeVerb.Watch);

        var (listCode, _) = await FakeKubeHttp.GetAsync(_client, "/api/v1/nodes");
        var (watchCode, _) = await FakeKubeHttp.GetAsync(_client, "/api/v1/nodes?watch=true&resourceVersion=0");

        Assert.That((listCode, watchCode), Is.EqualTo((200, 500)));
    }

    [Test]
    public async Task PostEvent_StoresItForAssertions()
    {
        const string json = """{"metadata":{"generateName":"pod."},"reason":"FailedScheduling","message":"no node"}""";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/v1/namespaces/team/events", content).WaitAsync(FakeKubeHttp.Timeout);
        await _fake.WaitForEventsAsync(1, FakeKubeHttp.Timeout);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var stored = _fake.Events.Single();
        Assert.That((string?)stored["metadata"]!["namespace"], Is.EqualTo("team"));
        Assert.That((string?)stored["metadata"]!["name"], Does.StartWith("pod."));
        Assert.That((string?)stored["reason"], Is.EqualTo("FailedScheduling"));
    }
}
