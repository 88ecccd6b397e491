using System.Globalization;
using System.Net;
using System.Text;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>Requests the extender refuses (bad body, no Pod, unknown path, wrong method, body over
/// <c>--max-request-bytes</c>): a status with a message, and the service keeps serving.</summary>
internal sealed class ExtenderErrorTests
{
    private const int MaxRequestBytes = 256 * 1024;

    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        server = await ScoringServer.StartPortworxAsync(Seed, "--max-request-bytes", MaxRequestBytes.ToString(CultureInfo.InvariantCulture));

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [TestCase("/filter", "{")]
    [TestCase("/filter", "not json")]
    [TestCase("/filter", "[]")]
    [TestCase("/prioritize", "")]
    [TestCase("/prioritize", """{"Pod":{"metadata":{"name":"p","namespace":"db"}},"NodeNames":"node-a1"}""")]
    [TestCase("/prioritize", """{"Pod":{"metadata":{"name":"p","namespace":"db"}},"NodeNames":["node-a1"]""")]
    [TestCase("/filter", """{"Pod":"db-0","NodeNames":["node-a1"]}""")]
    public async Task Post_MalformedBody_BadRequestWithMessageThenServesOn(string path, string body)
    {
        using var answer = await server.PostAsync(path, body);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await answer.Content.ReadAsStringAsync(), Is.Not.Empty);
        await AssertStillServesAsync();
    }

    [TestCase("/filter")]
    [TestCase("/prioritize")]
    public async Task Post_NoPod_BadRequestNamingPod(string path)
    {
        using var answer = await server.PostAsync(path, """{"Nodes":null,"NodeNames":["node-a1"]}""");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("Pod"));
        await AssertStillServesAsync();
    }

    [Test]
    public async Task Post_UnknownPath_NotFound()
    {
        using var answer = await server.PostAsync("/preempt", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await AssertStillServesAsync();
    }

    /// <summary><c>GET /explain</c> is the running pod's explanation (<see cref="ExplainRunningPodTests"/>).</summary>
    [TestCase("/filter")]
    [TestCase("/prioritize")]
    public async Task Get_ExtenderVerb_MethodNotAllowed(string path)
    {
        using var answer = await server.Client.GetAsync(path);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        await AssertStillServesAsync();
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Post_BodyOverLimit_PayloadTooLargeThenServesOn(bool chunked)
    {
        var body = NodesForm(Pod("db-0", DataClaim), Enumerable.Repeat(Nodes[A1], (MaxRequestBytes / Nodes[A1].ToJsonString().Length) + 1));
        Assert.That(Encoding.UTF8.GetByteCount(body), Is.GreaterThan(MaxRequestBytes));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/filter") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TransferEncodingChunked = chunked;

        using var answer = await server.Client.SendAsync(request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain(MaxRequestBytes.ToString(CultureInfo.InvariantCulture)));
        Assert.That(answer.Headers.ConnectionClose, Is.True, "the unread rest of the body leaves the connection unusable");
        await AssertStillServesAsync();
    }

    /// <summary>The limit is inclusive: a body of exactly <c>--max-request-bytes</c> (padded with the trailing
    /// whitespace JSON allows) is read, one byte more is refused. kube-scheduler sends a Content-Length.</summary>
    [TestCase(0, HttpStatusCode.OK)]
    [TestCase(1, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Post_BodyAtLimit_ReadWhileOneByteMoreIsRefused(int overLimit, HttpStatusCode expected)
    {
        var json = NodesForm(Pod("db-0", DataClaim), NodeObjects(AllNodes));
        var body = json + new string(' ', MaxRequestBytes + overLimit - Encoding.UTF8.GetByteCount(json));

        using var answer = await server.PostAsync("/filter", body);

        Assert.That(answer.StatusCode, Is.EqualTo(expected), await answer.Content.ReadAsStringAsync());
        await AssertStillServesAsync();
    }

    private async Task AssertStillServesAsync()
    {
        using var answer = await server.PostAsync("/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Scores(await answer.Content.ReadAsStringAsync()), Is.EqualTo(DataScores));
    }
}
