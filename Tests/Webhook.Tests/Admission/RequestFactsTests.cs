using System.Text;
using Stork.Shared.Mutation;
using Stork.Webhook.Admission;

namespace Stork.Webhook.Tests.Admission;

public sealed class RequestFactsTests
{
    [TestCase("""{"metadata":{"namespace":"team-a"}}""", "team-a", TestName = "From_PodNamespace_Used")]
    [TestCase("""{"metadata":{"generateName":"web-"}}""", "request-ns", TestName = "From_PodWithoutNamespace_RequestNamespace")]
    [TestCase("""{"metadata":{"namespace":""}}""", "request-ns", TestName = "From_PodWithEmptyNamespace_RequestNamespace")]
    [TestCase("""{"spec":{}}""", "request-ns", TestName = "From_PodWithoutMetadata_RequestNamespace")]
    public void From_Namespace(string podJson, string expected)
    {
        var (facts, error) = Facts("", "Pod", podJson);

        Assert.That(error, Is.Null);
        Assert.That(facts.Namespace, Is.EqualTo(expected));
        Assert.That(facts.IsPodCreate, Is.True);
    }

    [Test]
    public void From_NotAPod_NotDecoded()
    {
        var (facts, error) = Facts("apps", "Deployment", """{"spec":{"volumes":"x"}}""");

        Assert.That(error, Is.Null);
        Assert.That(facts.Pod, Is.Null);
    }

    [TestCase("""{"spec":{"volumes":"x"}}""", TestName = "From_PodVolumesNotAList_Error")]
    [TestCase("""{"metadata":{"name":7}}""", TestName = "From_PodNameNotAString_Error")]
    [TestCase("""{"metadata":{"deletionTimestamp":"yesterday"}}""", TestName = "From_PodTimestampUnreadable_Error")]
    public void From_PodUnreadable_ErrorNotException(string podJson)
    {
        var (facts, error) = Facts("", "Pod", podJson);

        Assert.That(error, Does.StartWith("request.object is not a readable Pod"));
        Assert.That(facts.Pod, Is.Null);
    }

    /// <summary>The patch is built against the object's own bytes: spacing, unknown fields and all.</summary>
    [TestCase(""" { "metadata": {}, "spec" : { "x": [1, {"y": null}] } } """, TestName = "From_RawObject_ExactBytes")]
    [TestCase("""{"metadata":{"name":"a\"b"},"status":{}}""", TestName = "From_RawObjectWithEscapes_ExactBytes")]
    public void From_RawObject_IsTheObjectsBytes(string podJson)
    {
        var (facts, _) = Facts("", "Pod", podJson);

        Assert.That(Encoding.UTF8.GetString(facts.Object.Span), Is.EqualTo(podJson.Trim()));
    }

    [Test]
    public void From_ObjectBeforeKind_StillDecodedAsPod()
    {
        var body = Encoding.UTF8.GetBytes(
            """{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","object":{"metadata":{"name":"p"}},"operation":"CREATE","kind":{"group":"","version":"v1","kind":"Pod"}}}""");

        var (facts, _) = RequestFacts.From(AdmissionBodyReader.Parse(body).Review!.Request!, body);

        Assert.That((facts.PodName, facts.IsPodCreate), Is.EqualTo(("p", true)));
    }

    private static (AdmissionFacts Facts, string? Error) Facts(string group, string kind, string objectJson)
    {
        var body = Encoding.UTF8.GetBytes(
            $$"""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","kind":{"group":"{{group}}","version":"v1","kind":"{{kind}}"},"namespace":"request-ns","operation":"CREATE","object":"""
            + objectJson + "}}");
        var parsed = AdmissionBodyReader.Parse(body);
        Assert.That(parsed.Error, Is.Null);
        return RequestFacts.From(parsed.Review!.Request!, body);
    }
}
