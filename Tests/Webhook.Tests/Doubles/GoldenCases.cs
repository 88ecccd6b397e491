using System.Net;
using System.Text.Json.Nodes;
using Stork.Webhook.Admission;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>The golden cases: <c>testdata/mutate/&lt;case&gt;/request.json</c> → the full answer in
/// <c>expected.json</c> (the patch decoded from base64 so the files stay readable), in both AdmissionReview
/// versions; a patch must apply to the received object and change exactly <c>spec.schedulerName</c>.</summary>
internal static class GoldenCases
{
    private static readonly string[] Versions = [AdmissionReview.V1, AdmissionReview.V1Beta1];

    /// <summary>One case per folder and version, named <c>{prefix}_{case}_{version}</c>.</summary>
    public static IEnumerable<TestCaseData> All(string prefix) =>
        from folder in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "testdata", "mutate")).Order(StringComparer.Ordinal)
        from version in Versions
        let name = Path.GetFileName(folder)
        select new TestCaseData(name, version).SetName($"{prefix}_{name}_{version[(version.IndexOf('/', StringComparison.Ordinal) + 1)..]}");

    public static JsonNode Load(string name, string file, string version)
    {
        var node = JsonNode.Parse(File.ReadAllText(TestData.Path("mutate", name, file)))!;
        node["apiVersion"] = version;
        return node;
    }

    /// <summary>Asserts that <paramref name="answer"/> to the case's request is the case's expected answer.</summary>
    public static async Task AssertAnswerAsync(string name, string version, JsonNode request, HttpResponseMessage answer)
    {
        var expected = Load(name, "expected.json", version);
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
