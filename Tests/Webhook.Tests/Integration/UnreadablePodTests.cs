using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>A readable AdmissionReview (its uid can be read) whose Pod or another member of its request is not (no metadata, null metadata, invalid UTF-8, lone surrogate
/// escapes, wrong types): HTTP 200 echoing the uid, allowed, no patch, outcome <c>error</c>; the server keeps serving.</summary>
public sealed class UnreadablePodTests
{
    /// <summary>Stands for a JSON string value in <see cref="Reviews.WithClaim"/>; replaced with raw bytes.</summary>
    private const string Marker = "MARKER-9f3c";

    private WebhookServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await WebhookServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [TestCase("missing", TestName = "Mutate_PodWithoutMetadata_AllowedUnchangedError")]
    [TestCase("null", TestName = "Mutate_PodWithNullMetadata_AllowedUnchangedError")]
    [TestCase("\"text\"", TestName = "Mutate_PodWithStringMetadata_AllowedUnchangedError")]
    public async Task Mutate_MetadataNotAnObject_Error(string metadata)
    {
        var review = Reviews.WithClaim("web");
        var pod = review["request"]!["object"]!.AsObject();
        pod.Remove("metadata");
        if (metadata != "missing")
        {
            pod["metadata"] = JsonNode.Parse(metadata);
        }

        await AssertErrorThenServingAsync(Encoding.UTF8.GetBytes(review.ToJsonString()));
    }

    [TestCase(new byte[] { 0xC3, 0x28 }, TestName = "Mutate_ClaimNameInvalidUtf8_AllowedUnchangedError")]
    [TestCase(new byte[] { 0xFF, 0xFE, 0x41 }, TestName = "Mutate_ClaimNameNotUtf8_AllowedUnchangedError")]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, TestName = "Mutate_ClaimNameEncodedSurrogate_AllowedUnchangedError")]
    public async Task Mutate_ClaimNameInvalidUtf8_Error(byte[] bytes) =>
        await AssertErrorThenServingAsync(WithClaimBytes([(byte)'"', .. bytes, (byte)'"']));

    [TestCase("\"\\ud800\"", TestName = "Mutate_ClaimNameLoneHighSurrogateEscape_AllowedUnchangedError")]
    [TestCase("\"a\\udc00b\"", TestName = "Mutate_ClaimNameLoneLowSurrogateEscape_AllowedUnchangedError")]
    [TestCase("\"\\ud800\\u0041\"", TestName = "Mutate_ClaimNameUnpairedSurrogateEscape_AllowedUnchangedError")]
    public async Task Mutate_ClaimNameLoneSurrogate_Error(string json) =>
        await AssertErrorThenServingAsync(WithClaimBytes(Encoding.ASCII.GetBytes(json)));

    [Test]
    public async Task Mutate_AnnotationLoneSurrogate_AllowedUnchangedError()
    {
        var review = Reviews.WithClaim("web");
        review["request"]!["object"]!["metadata"]!["annotations"]!["note"] = Marker;

        await AssertErrorThenServingAsync(Replaced(review, "\"\\udfff\""u8.ToArray()));
    }

    [TestCase("metadata", "[]", TestName = "Mutate_MetadataArray_AllowedUnchangedError")]
    [TestCase("metadata.name", "5", TestName = "Mutate_MetadataNameNumber_AllowedUnchangedError")]
    [TestCase("metadata.namespace", "{}", TestName = "Mutate_MetadataNamespaceObject_AllowedUnchangedError")]
    [TestCase("metadata.annotations", "[\"a\"]", TestName = "Mutate_AnnotationsArray_AllowedUnchangedError")]
    [TestCase("metadata.annotations.a", "1", TestName = "Mutate_AnnotationValueNumber_AllowedUnchangedError")]
    [TestCase("spec", "null", TestName = "Mutate_SpecNull_AllowedUnchangedError")]
    [TestCase("spec", "7", TestName = "Mutate_SpecNumber_AllowedUnchangedError")]
    [TestCase("spec.schedulerName", "true", TestName = "Mutate_SchedulerNameBoolean_AllowedUnchangedError")]
    [TestCase("spec.volumes", "{}", TestName = "Mutate_VolumesObject_AllowedUnchangedError")]
    [TestCase("spec.volumes.0", "null", TestName = "Mutate_VolumeNull_AllowedUnchangedError")]
    [TestCase("spec.volumes.0.persistentVolumeClaim", "\"web\"", TestName = "Mutate_ClaimSourceString_AllowedUnchangedError")]
    [TestCase("spec.volumes.0.persistentVolumeClaim.claimName", "[]", TestName = "Mutate_ClaimNameArray_AllowedUnchangedError")]
    [TestCase("spec.volumes.0.name", "false", TestName = "Mutate_VolumeNameBoolean_AllowedUnchangedError")]
    public async Task Mutate_WrongType_Error(string path, string json)
    {
        var review = Reviews.WithClaim("web");
        var segments = path.Split('.');
        var parent = segments[..^1].Aggregate(review["request"]!["object"]!, (node, segment) =>
            int.TryParse(segment, out var index) ? node[index]! : node[segment] ??= new JsonObject());
        var value = JsonNode.Parse(json);
        if (int.TryParse(segments[^1], out var at))
        {
            parent[at] = value;
        }
        else
        {
            parent[segments[^1]] = value;
        }

        await AssertErrorThenServingAsync(Encoding.UTF8.GetBytes(review.ToJsonString()));
    }

    [TestCase("namespace", "\"\\ud800\"", TestName = "Mutate_RequestNamespaceLoneSurrogate_AllowedUnchangedError")]
    [TestCase("operation", "[\"CREATE\"]", TestName = "Mutate_RequestOperationArray_AllowedUnchangedError")]
    [TestCase("kind", "\"Pod\"", TestName = "Mutate_RequestKindString_AllowedUnchangedError")]
    [TestCase("dryRun", "\"yes\"", TestName = "Mutate_RequestDryRunString_AllowedUnchangedError")]
    [TestCase("subResource", "1", TestName = "Mutate_RequestSubResourceNumber_AllowedUnchangedError")]
    public async Task Mutate_RequestMemberUnreadable_Error(string member, string json) =>
        await AssertErrorThenServingAsync(RequestMember(member, Encoding.UTF8.GetBytes(json)), $"request.{member}");

    [Test]
    public async Task Mutate_RequestNamespaceInvalidUtf8_AllowedUnchangedError() =>
        await AssertErrorThenServingAsync(RequestMember("namespace", [(byte)'"', 0xC3, 0x28, (byte)'"']), "request.namespace");

    private static byte[] RequestMember(string member, byte[] value)
    {
        var review = Reviews.WithClaim("web");
        review["request"]![member] = Marker;
        return Replaced(review, value);
    }

    /// <summary>The review of <see cref="Reviews.WithClaim"/> with the claim name's JSON value (quotes included) replaced by <paramref name="value"/>.</summary>
    private static byte[] WithClaimBytes(byte[] value) => Replaced(Reviews.WithClaim(Marker), value);

    /// <summary><paramref name="review"/>'s bytes with the string value <see cref="Marker"/> (quotes included) replaced by <paramref name="value"/>.</summary>
    private static byte[] Replaced(JsonNode review, byte[] value)
    {
        var json = Encoding.UTF8.GetBytes(review.ToJsonString());
        var marker = Encoding.UTF8.GetBytes($"\"{Marker}\"");
        var at = json.AsSpan().IndexOf(marker);
        return [.. json[..at], .. value, .. json[(at + marker.Length)..]];
    }

    private async Task AssertErrorThenServingAsync(byte[] body, string named = "Pod")
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var answer = await server.PostAsync(content);
        var text = await answer.Content.ReadAsStringAsync();

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        var response = JsonNode.Parse(text)!["response"]!;
        Assert.That((string?)response["uid"], Is.EqualTo("b7d3f0a2-5c1e-4f7a-9d2b-000000000004"));
        Assert.That((bool?)response["allowed"], Is.True);
        Assert.That(response["patch"], Is.Null);
        Assert.That((string?)response["auditAnnotations"]!["outcome"], Is.EqualTo("error"), text);
        Assert.That((string?)response["status"]!["message"], Does.Contain(named));
        Assert.That(Reviews.Outcome(await server.AdmitAsync(Reviews.WithClaim("web"))), Is.EqualTo("mutated"));
    }
}
