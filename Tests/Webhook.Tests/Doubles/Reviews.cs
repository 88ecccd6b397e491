using System.Text.Json.Nodes;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>AdmissionReview requests from <c>testdata/mutate</c>, and what tests read from the answers.</summary>
internal static class Reviews
{
    /// <summary><c>testdata/mutate/{caseName}/request.json</c>.</summary>
    public static JsonNode Load(string caseName) =>
        JsonNode.Parse(File.ReadAllText(TestData.Path("mutate", caseName, "request.json")))!;

    /// <summary>The golden <c>pvc-missing</c> request (a real pod in <c>default</c>) with the claim renamed.</summary>
    public static JsonNode WithClaim(string claimName)
    {
        var review = Load("pvc-missing");
        review["request"]!["object"]!["spec"]!["volumes"]![0]!["persistentVolumeClaim"]!["claimName"] = claimName;
        return review;
    }

    public static string? Outcome(JsonNode answer) => (string?)answer["response"]!["auditAnnotations"]!["outcome"];
}
