using System.Net;
using System.Text.Json.Nodes;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>The extender's wire contract (WIRE.md §1) against the real service: both node forms, Go keys
/// decoded case-insensitively, and the exact encoding of answers.</summary>
internal sealed class ExtenderWireTests
{
    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartPortworxAsync(Seed);

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Filter_NodesForm_EchoesPassingNodeObjectsVerbatim()
    {
        var request = NodesForm(Pod("db-0", DataClaim), NodeObjects(AllNodes));

        using var answer = await server.PostAsync("/filter", request);
        var text = await answer.Content.ReadAsStringAsync();

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var result = FilterResult(text);
        var items = result["Nodes"]!["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(result["NodeNames"], Is.Null);
            Assert.That(items.Select(n => (string)n!["metadata"]!["name"]!), Is.EqualTo(StorageNodes));
            Assert.That(FailedNodes(result).Keys, Is.EqualTo(new[] { NoPortworx }));
            Assert.That(result["FailedAndUnresolvableNodes"]!.AsObject(), Is.Empty);
            Assert.That((string?)result["Error"], Is.Empty);
        });
        foreach (var name in StorageNodes)
        {
            var sent = Nodes[name].ToJsonString();
            Assert.That(text, Does.Contain(sent), $"{name} is echoed byte for byte");
            Assert.That(JsonNode.DeepEquals(items.Single(n => (string)n!["metadata"]!["name"]! == name), JsonNode.Parse(sent)), Is.True);
        }
    }

    [Test]
    public async Task Filter_NodeNamesForm_AnswersNodeNamesOnly()
    {
        using var answer = await server.PostAsync("/filter", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var result = FilterResult(await answer.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(result["Nodes"], Is.Null);
            Assert.That(PassedNames(result), Is.EqualTo(StorageNodes));
            Assert.That(FailedNodes(result), Is.EqualTo(new Dictionary<string, string> { [NoPortworx] = "No storage driver node runs on this node" }));
            Assert.That(result["FailedAndUnresolvableNodes"]!.AsObject(), Is.Empty);
            Assert.That((string?)result["Error"], Is.Empty);
        });
    }

    /// <summary>A NodeNames answer is sent whole, with its length, rather than chunked.</summary>
    [TestCase("/filter")]
    [TestCase("/prioritize")]
    public async Task NodeNamesForm_AnswerSentWithItsContentLength(string path)
    {
        using var answer = await server.PostAsync(path, NodeNamesForm(Pod("db-0", DataClaim), AllNodes));

        var body = await answer.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(answer.Content.Headers.ContentLength, Is.EqualTo(body.Length));
            Assert.That(answer.Headers.TransferEncodingChunked, Is.Not.True);
            Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Prioritize_EitherNodeForm_ScoresEveryRequestNode(bool fullNodes)
    {
        var pod = Pod("db-0", DataClaim);
        var request = fullNodes ? NodesForm(pod, NodeObjects(AllNodes)) : NodeNamesForm(pod, AllNodes);

        using var answer = await server.PostAsync("/prioritize", request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Scores(await answer.Content.ReadAsStringAsync()), Is.EqualTo(DataScores));
    }

    [TestCase("pod", "NODENAMES")]
    [TestCase("POD", "nodenames")]
    [TestCase("pOd", "nodeNames")]
    public async Task Filter_KeysInAnyCase_DecodedAsGoDoes(string podKey, string namesKey)
    {
        using var answer = await server.PostAsync("/filter", NodeNamesForm(Pod("db-0", DataClaim), AllNodes, podKey, namesKey));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(PassedNames(FilterResult(await answer.Content.ReadAsStringAsync())), Is.EqualTo(StorageNodes));
    }

    [TestCase("pod", "nodes")]
    [TestCase("POD", "NODES")]
    public async Task Filter_NodesFormKeysInAnyCase_AnswersNodesForm(string podKey, string nodesKey)
    {
        var request = JsonNode.Parse(NodesForm(Pod("db-0", DataClaim), NodeObjects(AllNodes)))!.AsObject();
        var renamed = new JsonObject { [podKey] = request["Pod"]!.DeepClone(), [nodesKey] = request["Nodes"]!.DeepClone() };

        using var answer = await server.PostAsync("/filter", renamed.ToJsonString());

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var result = FilterResult(await answer.Content.ReadAsStringAsync());
        Assert.That(result["NodeNames"], Is.Null);
        Assert.That(result["Nodes"]!["items"]!.AsArray().Select(n => (string)n!["metadata"]!["name"]!), Is.EqualTo(StorageNodes));
    }
}
