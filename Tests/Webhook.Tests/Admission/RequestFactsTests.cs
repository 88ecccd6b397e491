using System.Text;
using Stork.Shared.Mutation;
using Stork.Webhook.Admission;

namespace Stork.Webhook.Tests.Admission;

public sealed class RequestFactsTests
{
    [TestCase("""{"metadata":{"namespace":"team-a"}}""", "team-a", TestName = "From_PodNamespace_Used")]
    [TestCase("""{"metadata":{"generateName":"web-"}}""", "request-ns", TestName = "From_PodWithoutNamespace_RequestNamespace")]
    [TestCase("""{"metadata":{"namespace":""}}""", "request-ns", TestName = "From_PodWithEmptyNamespace_RequestNamespace")]
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
    [TestCase("""{"spec":{}}""", TestName = "From_PodWithoutMetadata_Error")]
    [TestCase("""{"metadata":null}""", TestName = "From_PodMetadataNull_Error")]
    [TestCase("""{"metadata":{},"spec":{"volumes":[{"name":"v","ephemeral":{"volumeClaimTemplate":{"spec":null}}}]}}""", TestName = "From_PodEphemeralTemplateSpecNull_Error")]
    [TestCase("""{"metadata":{},"spec":{"volumes":[{"name":"v","csi":{"driver":{}}}]}}""", TestName = "From_PodCsiDriverNotAString_Error")]
    [TestCase("""{"metadata":{},"spec":{"volumes":[{"name":"v","portworxVolume":{"volumeID":1}}]}}""", TestName = "From_PodPortworxVolumeIdNotAString_Error")]
    [TestCase("""{"metadata":{"annotations":{"a":null}}}""", TestName = "From_PodAnnotationNull_Error")]
    public void From_PodUnreadable_ErrorNotException(string podJson)
    {
        var (facts, error) = Facts("", "Pod", podJson);

        Assert.That(error, Does.StartWith("request.object is not a readable Pod"));
        Assert.That(facts.Pod, Is.Null);
    }

    /// <summary>Only the members the decision reads are decoded: the others are skipped, whatever they hold.</summary>
    [Test]
    public void From_PodMemberNotRead_NotValidated()
    {
        var (facts, error) = Facts("", "Pod", """{"metadata":{"name":"p","deletionTimestamp":"yesterday","labels":[1]},"spec":{"nodeName":7,"containers":{}},"status":null}""");

        Assert.That(error, Is.Null);
        Assert.That(facts.PodName, Is.EqualTo("p"));
    }

    /// <summary>The Pod fields the decision reads, decoded as the serializer would: the last of a member named twice
    /// counts, a null source is no source, last-applied-configuration is dropped.</summary>
    [Test]
    public void From_PodFieldsTheDecisionReads_Decoded()
    {
        var (facts, error) = Facts("", "Pod", """
            {"metadata":{"name":"a","name":"b","generateName":"g-","namespace":"team-a",
              "annotations":{"k":"v","kubectl.kubernetes.io/last-applied-configuration":"{}"}},
             "spec":{"schedulerName":"s","volumes":[
               {"name":"c","persistentVolumeClaim":{"claimName":"claim","readOnly":true}},
               {"name":"e","ephemeral":{"volumeClaimTemplate":{"metadata":{"labels":{}},"spec":{"storageClassName":"fast","resources":{}}}}},
               {"name":"i","csi":{"driver":"pxd.portworx.com","volumeAttributes":{"x":"y"}}},
               {"name":"p","portworxVolume":{"volumeID":"v1","fsType":"ext4"}},
               {"name":"n","persistentVolumeClaim":null,"emptyDir":{}}]}}
            """);

        Assert.That(error, Is.Null);
        var pod = facts.Pod!;
        Assert.That((pod.Metadata.Name, pod.Metadata.GenerateName, pod.Metadata.Namespace, pod.Spec.SchedulerName), Is.EqualTo(("b", "g-", "team-a", "s")));
        Assert.That(pod.Metadata.Annotations, Is.EquivalentTo(new Dictionary<string, string> { ["k"] = "v" }));
        var volumes = pod.Spec.Volumes!;
        Assert.That(volumes.Select(v => v.Name), Is.EqualTo(new[] { "c", "e", "i", "p", "n" }));
        Assert.That(volumes[0].PersistentVolumeClaim!.ClaimName, Is.EqualTo("claim"));
        Assert.That(volumes[1].Ephemeral!.VolumeClaimTemplate!.Spec.StorageClassName, Is.EqualTo("fast"));
        Assert.That(volumes[2].Csi!.Driver, Is.EqualTo("pxd.portworx.com"));
        Assert.That(volumes[3].PortworxVolume!.VolumeId, Is.EqualTo("v1"));
        Assert.That((volumes[4].PersistentVolumeClaim, volumes[4].Ephemeral, volumes[4].Csi, volumes[4].PortworxVolume), Is.EqualTo((default(object), default(object), default(object), default(object))));
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
