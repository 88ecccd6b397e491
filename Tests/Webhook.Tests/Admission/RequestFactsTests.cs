using System.Text.Json;
using Stork.Webhook.Admission;

namespace Stork.Webhook.Tests.Admission;

public sealed class RequestFactsTests
{
    [TestCase("""{"metadata":{"namespace":"team-a"}}""", "team-a", TestName = "From_PodNamespace_Used")]
    [TestCase("""{"metadata":{"generateName":"web-"}}""", "request-ns", TestName = "From_PodWithoutNamespace_RequestNamespace")]
    [TestCase("""{"metadata":{"namespace":""}}""", "request-ns", TestName = "From_PodWithEmptyNamespace_RequestNamespace")]
    public void From_Namespace(string podJson, string expected)
    {
        var request = new AdmissionRequest
        {
            Uid = "u",
            Kind = new GroupVersionKind { Group = "", Version = "v1", Kind = "Pod" },
            Namespace = "request-ns",
            Operation = "CREATE",
            Object = JsonDocument.Parse(podJson).RootElement.Clone(),
        };

        var (facts, error) = RequestFacts.From(request);

        Assert.That(error, Is.Null);
        Assert.That(facts.Namespace, Is.EqualTo(expected));
        Assert.That(facts.IsPodCreate, Is.True);
    }

    [Test]
    public void From_NotAPod_NotDecoded()
    {
        var request = new AdmissionRequest
        {
            Uid = "u",
            Kind = new GroupVersionKind { Group = "apps", Version = "v1", Kind = "Deployment" },
            Operation = "CREATE",
            Object = JsonDocument.Parse("""{"spec":{"volumes":"x"}}""").RootElement.Clone(),
        };

        var (facts, error) = RequestFacts.From(request);

        Assert.That(error, Is.Null);
        Assert.That(facts.Pod, Is.Null);
    }
}
