using System.Net;
using System.Text.Json.Nodes;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary><c>POST /explain</c>: every node's filter verdict and score with reasons, as JSON or a table.</summary>
internal sealed class ExplainEndpointTests
{
    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartPortworxAsync(Seed);

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Explain_Json_EveryNodeWithVerdictScoreAndReasons()
    {
        using var answer = await server.PostAsync("/explain", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var explanation = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();
        var nodes = explanation["nodes"]!.AsArray().Select(n => n!.AsObject()).ToDictionary(n => (string)n["node"]!);
        Assert.That((string?)explanation["pod"], Is.EqualTo("db/db-0"));
        Assert.That(nodes.Keys, Is.EquivalentTo(AllNodes));
        Assert.Multiple(() =>
        {
            foreach (var (name, node) in nodes)
            {
                Assert.That(node.Select(p => p.Key), Is.SupersetOf(new[] { "passed", "filterReason", "score", "scoreReasons" }), name);
                Assert.That((int)node["score"]!, Is.EqualTo(DataScores[name]), name);
                Assert.That((bool)node["passed"]!, Is.EqualTo(name != NoPortworx), name);
                Assert.That(node["scoreReasons"]!.AsArray(), Is.Not.Empty, name);
            }

            Assert.That((string?)nodes[NoPortworx]["filterReason"], Is.EqualTo("No storage driver node runs on this node"));
            Assert.That(nodes[A1]["filterReason"], Is.Null);
            Assert.That(nodes[A1]["scoreReasons"]!.ToJsonString(), Does.Contain("PVC db/data"));
        });
    }

    [Test]
    public async Task Explain_AcceptTextPlain_TableListsEveryNode()
    {
        using var answer = await server.PostAsync("/explain", NodeNamesForm(Pod("db-0", DataClaim), AllNodes), accept: "text/plain");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        var lines = (await answer.Content.ReadAsStringAsync()).Split('\n');
        Assert.That(lines, Has.Some.StartsWith("NODE"));
        Assert.Multiple(() =>
        {
            foreach (var name in AllNodes)
            {
                Assert.That(lines, Has.Exactly(1).Match($@"^{name}\s+(pass|fail)\s+{DataScores[name]}\s"), name);
            }
        });
    }

    /// <summary>Explain changes nothing: the prioritize after it (same situation, another pod) is the
    /// only event, and the single sender keeps events in order.</summary>
    [Test]
    public async Task Explain_NoCandidateHoldsReplica_RecordsNoEvent()
    {
        using var answer = await server.PostAsync("/explain", NodeNamesForm(Pod("db-9", DataClaim), [A2, A3]));
        using var marker = await server.PostAsync("/prioritize", NodeNamesForm(Pod("db-10", DataClaim), [A2, A3]));
        await server.Kube.WaitUntilAsync(() => server.Kube.Events.Count > 0, TimeSpan.FromSeconds(10), "the marker event");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(server.Kube.Events.Select(e => (string?)e["involvedObject"]?["name"]), Is.EqualTo(new[] { "db-10" }));
    }
}
