using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Stork.Tests.Fakes.Malformed;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>The malformed corpus (<see cref="MalformedBodies"/>, cut from a valid NodeNames and a valid full-Nodes
/// request) against each verb of one running sidecar: never a 5xx, a 4xx always says why, and the next valid
/// request still gets Stork's scores, so no bad body poisons what later requests see.</summary>
internal sealed class ExtenderFuzzTests
{
    private static readonly string[] Verbs = ["/filter", "/prioritize", "/explain"];

    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartPortworxAsync(Seed);

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    public static IEnumerable<TestCaseData> Corpus()
    {
        foreach (var body in NodeNamesCorpus().Concat(NodesCorpus()))
        {
            foreach (var verb in Verbs)
            {
                yield return new TestCaseData(verb, body).SetArgDisplayNames(verb, body.Kind);
            }
        }
    }

    [Test]
    public void Corpus_EachVerb_AtLeast150Bodies() =>
        Assert.That(Corpus().Count(), Is.GreaterThanOrEqualTo(150 * Verbs.Length));

    [TestCaseSource(nameof(Corpus))]
    public async Task Post_MalformedBody_No5xxThenServesOn(string verb, MalformedBody body)
    {
        using var content = new ByteArrayContent(body.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var answer = await server.Client.PostAsync(verb, content);
        var text = await answer.Content.ReadAsStringAsync();

        Assert.That((int)answer.StatusCode, Is.LessThan(500), text);
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            Assert.That(text, Is.Not.Empty, "a refusal says why");
        }

        using var valid = await server.PostAsync("/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));
        Assert.That(Scores(await valid.Content.ReadAsStringAsync()), Is.EqualTo(DataScores));
    }

    private static IReadOnlyList<MalformedBody> NodeNamesCorpus()
    {
        var pod = LabelledPod();
        var claim = ClaimVolumeIndex(pod);
        var valid = JsonNode.Parse(NodeNamesForm(pod, AllNodes))!.AsObject();
        return MalformedBodies.From(
            valid,
            [
                ["Pod"], ["Pod", "metadata"], ["Pod", "metadata", "name"], ["Pod", "metadata", "namespace"],
                ["Pod", "metadata", "annotations"], ["Pod", "metadata", "labels"], ["Pod", "spec"], ["Pod", "spec", "volumes"],
                ["Pod", "spec", "volumes", claim], ["Pod", "spec", "volumes", claim, "persistentVolumeClaim"],
                ["Pod", "spec", "volumes", claim, "persistentVolumeClaim", "claimName"],
                ["NodeNames"], ["NodeNames", "0"], ["Nodes"],
            ],
            ["\"Pod\"", "\"NodeNames\"", "\"db-0\"", $"\"{A1}\"", "\"tier-value\""]);
    }

    private static IEnumerable<MalformedBody> NodesCorpus()
    {
        var valid = JsonNode.Parse(NodesForm(LabelledPod(), NodeObjects([A1, A2])))!.AsObject();
        return MalformedBodies.From(
                valid,
                [
                    ["Nodes", "items"], ["Nodes", "items", "0"], ["Nodes", "items", "0", "metadata"], ["Nodes", "items", "0", "metadata", "name"],
                    ["Nodes", "items", "0", "metadata", "labels"], ["Nodes", "items", "0", "metadata", "labels", "px/rack"],
                    ["Nodes", "items", "0", "status"], ["Nodes", "items", "0", "status", "addresses"], ["Nodes", "items", "0", "status", "addresses", "0"],
                ],
                ["\"rack-1\"", "\"px/rack\"", "\"addresses\"", "\"metadata\""])
            .Select(b => b with { Kind = "nodes-form:" + b.Kind });
    }

    private static JsonObject LabelledPod()
    {
        var pod = Pod("db-0", DataClaim);
        pod["metadata"]!["labels"] = new JsonObject { ["tier"] = "tier-value" };
        return pod;
    }

    private static string ClaimVolumeIndex(JsonObject pod) =>
        (pod["spec"]!["volumes"]!.AsArray().Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
