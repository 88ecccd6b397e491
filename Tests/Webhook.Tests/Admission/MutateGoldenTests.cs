using System.Net;
using System.Text.Json.Nodes;
using Stork.Webhook.Admission;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Admission;

/// <summary>testdata/mutate/&lt;case&gt;/request.json → the full answer in expected.json (the patch
/// decoded from base64 so the files stay readable), in both AdmissionReview versions; a patch must apply
/// to the received object and change exactly <c>spec.schedulerName</c>.</summary>
public sealed class MutateGoldenTests
{
    private static readonly string[] Versions = [AdmissionReview.V1, AdmissionReview.V1Beta1];

    private WebhookHost host = null!;

    public static IEnumerable<TestCaseData> Cases() =>
        from folder in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "testdata", "mutate")).Order(StringComparer.Ordinal)
        from version in Versions
        let name = Path.GetFileName(folder)
        select new TestCaseData(name, version).SetName($"Mutate_{name}_{version[(version.IndexOf('/', StringComparison.Ordinal) + 1)..]}");

    [OneTimeSetUp]
    public async Task StartAsync() => host = await WebhookHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestCaseSource(nameof(Cases))]
    public async Task Mutate_Golden(string name, string version)
    {
        var request = Load(name, "request.json", version);
        var expected = Load(name, "expected.json", version);

        using var answer = await host.PostAsync(request.ToJsonString());
        var actual = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        var patch = DecodePatch(actual);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, $"expected:\n{expected}\nactual:\n{actual}");
        if (patch is not null)
        {
            var original = request["request"]!["object"]!;
            var wanted = original.DeepClone();
            wanted["spec"]!["schedulerName"] = "stork";
            Assert.That(JsonNode.DeepEquals(JsonPatchApplier.Apply(original, patch), wanted), Is.True);
        }
    }

    private static JsonNode Load(string name, string file, string version)
    {
        var node = JsonNode.Parse(File.ReadAllText(TestData.Path("mutate", name, file)))!;
        node["apiVersion"] = version;
        return node;
    }

    /// <summary>Replaces the base64 <c>response.patch</c> by the JSON array it encodes; returns that array.</summary>
    private static JsonArray? DecodePatch(JsonNode review)
    {
        var response = review["response"]!.AsObject();
        if (response["patch"] is not { } encoded)
        {
            return null;
        }

        var patch = JsonNode.Parse(Convert.FromBase64String((string)encoded!))!.AsArray();
        response["patch"] = patch;
        return (JsonArray)patch.DeepClone();
    }
}
