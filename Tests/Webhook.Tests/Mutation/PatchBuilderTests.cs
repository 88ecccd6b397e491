using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stork.Webhook.Admission;
using Stork.Shared.Mutation;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Mutation;

public sealed class PatchBuilderTests
{
    [TestCase("""{"spec":{"containers":[]}}""", """[{"op":"add","path":"/spec/schedulerName","value":"stork"}]""", TestName = "SetSchedulerName_Absent_Add")]
    [TestCase("""{"spec":{"schedulerName":""}}""", """[{"op":"replace","path":"/spec/schedulerName","value":"stork"}]""", TestName = "SetSchedulerName_Empty_Replace")]
    [TestCase("""{"spec":{"schedulerName":"default-scheduler"}}""", """[{"op":"replace","path":"/spec/schedulerName","value":"stork"}]""", TestName = "SetSchedulerName_Default_Replace")]
    [TestCase("""{"spec":{"schedulerName":null}}""", """[{"op":"replace","path":"/spec/schedulerName","value":"stork"}]""", TestName = "SetSchedulerName_Null_Replace")]
    [TestCase("""{"spec":{"schedulerName":"stork"}}""", "[]", TestName = "SetSchedulerName_Equal_NoOperation")]
    [TestCase(""" { "sp\u0065c" : { "schedulerName" : "st\u006frk" } } """, "[]", TestName = "SetSchedulerName_EscapedAndSpaced_NoOperation")]
    [TestCase("""{"metadata":{}}""", """[{"op":"add","path":"/spec","value":{"schedulerName":"stork"}}]""", TestName = "SetSchedulerName_NoSpec_AddSpec")]
    [TestCase("""{"spec":null}""", """[{"op":"replace","path":"/spec","value":{"schedulerName":"stork"}}]""", TestName = "SetSchedulerName_NullSpec_ReplaceSpec")]
    [TestCase("""{"metadata":{"spec":{"schedulerName":"stork"}},"spec":{"volumes":[{"schedulerName":"stork"}]}}""", """[{"op":"add","path":"/spec/schedulerName","value":"stork"}]""", TestName = "SetSchedulerName_NestedLookalikes_Ignored")]
    public void SetSchedulerName(string podJson, string expectedPatch)
    {
        var pod = JsonNode.Parse(podJson)!;

        var patch = Serialize(PatchBuilder.SetSchedulerName(Element(podJson), "stork"));

        Assert.That(JsonNode.DeepEquals(patch, JsonNode.Parse(expectedPatch)), Is.True, patch.ToJsonString());
        Assert.That((string?)JsonPatchApplier.Apply(pod, patch)["spec"]!["schedulerName"], Is.EqualTo("stork"));
    }

    /// <summary>A member named twice counts by its last occurrence, as when the API server and the model decode it.</summary>
    [TestCase("""{"spec":{"schedulerName":"stork","schedulerName":"other"}}""", """[{"op":"replace","path":"/spec/schedulerName","value":"stork"}]""", TestName = "SetSchedulerName_DuplicateMember_LastCounts")]
    [TestCase("""{"spec":null,"spec":{"schedulerName":"default-scheduler"}}""", """[{"op":"replace","path":"/spec/schedulerName","value":"stork"}]""", TestName = "SetSchedulerName_DuplicateSpec_LastCounts")]
    public void SetSchedulerName_DuplicateMembers(string podJson, string expectedPatch)
    {
        var patch = Serialize(PatchBuilder.SetSchedulerName(Element(podJson), "stork"));

        Assert.That(JsonNode.DeepEquals(patch, JsonNode.Parse(expectedPatch)), Is.True, patch.ToJsonString());
    }

    [Test]
    public void SetString_UnknownFieldsAround_OnlyThePathIsTouched()
    {
        const string Pod = """{"spec":{"schedulerName":"default-scheduler","futureField":{"x":[1,2]},"overhead":{"cpu":"250m"}},"status":{}}""";

        var patch = Serialize(PatchBuilder.SetSchedulerName(Element(Pod), "stork"));
        var patched = JsonPatchApplier.Apply(JsonNode.Parse(Pod)!, patch);

        var expected = JsonNode.Parse(Pod)!;
        expected["spec"]!["schedulerName"] = "stork";
        Assert.That(JsonNode.DeepEquals(patched, expected), Is.True, patched.ToJsonString());
    }

    [TestCase("""{"metadata":{"annotations":{"x":"y"}}}""", "add", "/metadata/annotations/example.com~1a~0b", TestName = "SetString_KeyWithSlashAndTilde_Escaped")]
    [TestCase("""{"metadata":{"annotations":{"example.com/a~b":"old"}}}""", "replace", "/metadata/annotations/example.com~1a~0b", TestName = "SetString_ExistingEscapedKey_Replaced")]
    [TestCase("""{"metadata":{}}""", "add", "/metadata/annotations", TestName = "SetString_MissingAnnotations_AddedFirst")]
    public void SetString_EscapesJsonPointer(string json, string op, string path)
    {
        string[] annotationPath = ["metadata", "annotations", "example.com/a~b"];

        var operations = PatchBuilder.SetString(Element(json), annotationPath, "v");
        var patched = JsonPatchApplier.Apply(JsonNode.Parse(json)!, Serialize(operations));

        Assert.That(operations.Select(o => (o.Op, o.Path)), Is.EqualTo(new[] { (op, path) }));
        Assert.That((string?)patched["metadata"]!["annotations"]!["example.com/a~b"], Is.EqualTo("v"));
    }

    [TestCase("[]")]
    [TestCase("\"pod\"")]
    public void SetString_NotAnObject_Throws(string json) =>
        Assert.That(() => PatchBuilder.SetSchedulerName(Element(json), "stork"), Throws.ArgumentException);

    private static byte[] Element(string json) => Encoding.UTF8.GetBytes(json);

    private static JsonArray Serialize(IReadOnlyList<PatchOperation> operations) =>
        JsonNode.Parse(JsonSerializer.Serialize(operations, AdmissionJsonContext.Default.IReadOnlyListPatchOperation))!.AsArray();
}
