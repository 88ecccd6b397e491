using System.Text.Json.Nodes;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>The applier must be strict, or "the patch applies cleanly" would prove nothing.</summary>
public sealed class JsonPatchApplierTests
{
    [TestCase("""[{"op":"replace","path":"/spec/schedulerName","value":"x"}]""", TestName = "Apply_ReplaceMissingMember_Throws")]
    [TestCase("""[{"op":"add","path":"/spec/missing/x","value":"x"}]""", TestName = "Apply_AddUnderMissingParent_Throws")]
    [TestCase("""[{"op":"remove","path":"/spec"}]""", TestName = "Apply_UnknownOperation_Throws")]
    public void Apply_InvalidPatch_Throws(string patch) =>
        Assert.That(() => JsonPatchApplier.Apply(JsonNode.Parse("""{"spec":{}}""")!, JsonNode.Parse(patch)!.AsArray()), Throws.InvalidOperationException);

    [Test]
    public void Apply_EscapedPath_Unescaped()
    {
        var patched = JsonPatchApplier.Apply(JsonNode.Parse("""{"a":{}}""")!, JsonNode.Parse("""[{"op":"add","path":"/a/b~1c~0d","value":1}]""")!.AsArray());

        Assert.That(patched.ToJsonString(), Is.EqualTo("""{"a":{"b/c~d":1}}"""));
    }
}
