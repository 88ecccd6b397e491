using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>Bodies that are JSON-shaped but unreadable as an ExtenderArgs (issue 13 item 5): a Pod without
/// usable metadata, invalid UTF-8 bytes and lone surrogate escapes in every string the reader decodes.
/// Each is a 400 naming the field, through the real HTTP server, and the service serves on.</summary>
internal sealed class ExtenderBadTextTests
{
    /// <summary>Stands for the bad text in a template: <c>\xFF</c> bytes or a lone <c>\ud800</c> escape.</summary>
    private const string Bad = "@BAD@";

    private static readonly byte[] InvalidUtf8 = [0xC3, 0x28, 0xFF];
    private static readonly byte[] LoneSurrogate = "\\ud800"u8.ToArray();

    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartPortworxAsync(Seed);

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    private static IEnumerable<TestCaseData> Cases()
    {
        var pod = """{"metadata":{"name":"db-0","namespace":"db"},"spec":{}}""";
        var node = """{"metadata":{"name":"@NAME@","labels":{"topology.kubernetes.io/zone":"@ZONE@"}},"status":{}}""";
        (string Kind, string Body, string Field)[] templates =
        [
            ("NodeNames item", $$"""{"Pod":{{pod}},"NodeNames":["node-a1","x{{Bad}}"]}""", "NodeNames"),
            ("top-level key", $$"""{"Pod":{{pod}},"k{{Bad}}":1,"NodeNames":["node-a1"]}""", "key"),
            ("node name", NodesBody(pod, node.Replace("@NAME@", "n" + Bad).Replace("@ZONE@", "z")), "metadata.name"),
            ("label", NodesBody(pod, node.Replace("@NAME@", "n").Replace("@ZONE@", "z" + Bad)), "labels"),
        ];
        foreach (var verb in new[] { "/filter", "/prioritize" })
        {
            yield return new TestCaseData(verb, Encoding.UTF8.GetBytes("""{"Pod":{"spec":{}},"NodeNames":["node-a1"]}"""), "metadata")
                .SetArgDisplayNames(verb, "Pod without metadata");
            yield return new TestCaseData(verb, Encoding.UTF8.GetBytes("""{"Pod":{"metadata":null,"spec":{}},"NodeNames":["node-a1"]}"""), "metadata")
                .SetArgDisplayNames(verb, "metadata null");
            foreach (var (kind, body, field) in templates)
            {
                yield return new TestCaseData(verb, With(body, InvalidUtf8), field).SetArgDisplayNames(verb, kind + ", invalid UTF-8");
                yield return new TestCaseData(verb, With(body, LoneSurrogate), field).SetArgDisplayNames(verb, kind + ", lone surrogate");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Post_UnreadableText_BadRequestNamingTheFieldThenServesOn(string path, byte[] body, string field)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var answer = await server.Client.PostAsync(path, content);

        var message = await answer.Content.ReadAsStringAsync();
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), message);
        Assert.That(message, Does.Contain(field));
        using var valid = await server.PostAsync("/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));
        Assert.That(Scores(await valid.Content.ReadAsStringAsync()), Is.EqualTo(DataScores));
    }

    /// <summary>Issue 13 item 8's property test: random byte mutations of valid bodies of both forms are answered
    /// 200 or 400, never a 5xx.</summary>
    [TestCase("/filter")]
    [TestCase("/prioritize")]
    public async Task Post_MutatedValidBodies_NeverServerError(string path)
    {
        string[] valid =
        [
            NodeNamesForm(Pod("db-0", DataClaim), AllNodes),
            NodesForm(Pod("db-0", DataClaim), NodeObjects(AllNodes)),
        ];
        foreach (var (body, i) in valid.SelectMany(v => Extender.ByteMutations.Of(Encoding.UTF8.GetBytes(v), 150, seed: 11)).Select((b, i) => (b, i)))
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var answer = await server.Client.PostAsync(path, content);
            Assert.That((int)answer.StatusCode, Is.LessThan(500), $"mutation {i}: {Encoding.UTF8.GetString(body)}\n{await answer.Content.ReadAsStringAsync()}");
        }
    }

    private static string NodesBody(string pod, string node) => "{\"Pod\":" + pod + ",\"Nodes\":{\"items\":[" + node + "]}}";

    private static byte[] With(string template, byte[] bad)
    {
        var at = template.IndexOf(Bad, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(template[..at]), .. bad, .. Encoding.UTF8.GetBytes(template[(at + Bad.Length)..])];
    }
}
