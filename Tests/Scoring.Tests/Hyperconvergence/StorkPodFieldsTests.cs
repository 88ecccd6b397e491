using System.Text.Json;
using Stork.Scoring.Hyperconvergence;
using Stork.Shared.Json;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Tests.Hyperconvergence;

/// <summary>What the stork pods cache keeps of a pod as the API server sends it.</summary>
internal sealed class StorkPodFieldsTests
{
    private const string StatefulSetPod = """
        {"metadata":{"name":"db-0","generateName":"db-","namespace":"apps","uid":"u-1","resourceVersion":"42",
          "labels":{"app":"db","statefulset.kubernetes.io/pod-name":"db-0"},
          "annotations":{"stork.libopenstorage.org/preferLocalNodeOnly":"true","prometheus.io/scrape":"true"},
          "deletionTimestamp":"2026-01-01T00:00:00Z"},
         "spec":{"schedulerName":"stork","nodeName":"node-a1","volumes":[
          {"name":"kube-api-access","projected":{"sources":[]}},
          {"name":"data","persistentVolumeClaim":{"claimName":"data-db-0"}},
          {"name":"config","configMap":{"name":"db"}},
          {"name":"scratch","ephemeral":{"volumeClaimTemplate":{"spec":{"storageClassName":"px"}}}},
          {"name":"inline","csi":{"driver":"pxd.portworx.com"}},
          {"name":"intree","portworxVolume":{"volumeID":"v-1"}}]}}
        """;

    [Test]
    public void Keep_IdentityNodeAndStorkAnnotations_Kept()
    {
        var kept = StorkPodFields.Keep(Decode(StatefulSetPod));

        Assert.Multiple(() =>
        {
            Assert.That(kept.Metadata.Name, Is.EqualTo("db-0"));
            Assert.That(kept.Metadata.Namespace, Is.EqualTo("apps"));
            Assert.That(kept.Metadata.Uid, Is.EqualTo("u-1"));
            Assert.That(kept.Metadata.ResourceVersion, Is.EqualTo("42"));
            Assert.That(kept.Spec.NodeName, Is.EqualTo("node-a1"));
            Assert.That(kept.Metadata.Annotations, Is.EqualTo(new Dictionary<string, string> { ["stork.libopenstorage.org/preferLocalNodeOnly"] = "true" }));
        });
    }

    [Test]
    public void Keep_LabelsOtherAnnotationsAndWhatNothingReads_Dropped()
    {
        var kept = StorkPodFields.Keep(Decode(StatefulSetPod));

        Assert.Multiple(() =>
        {
            Assert.That(kept.Metadata.Labels, Is.Null);
            Assert.That(kept.Metadata.GenerateName, Is.Null);
            Assert.That(kept.Metadata.DeletionTimestamp, Is.Null);
            Assert.That(kept.Spec.SchedulerName, Is.Null);
        });
    }

    [Test]
    public void Keep_VolumesADriverCanBack_KeptInOrder()
    {
        var kept = StorkPodFields.Keep(Decode(StatefulSetPod));

        Assert.That(kept.Spec.Volumes!.Select(v => v.Name), Is.EqualTo(new[] { "data", "scratch", "inline", "intree" }));
    }

    [Test]
    public void Keep_NoStorkAnnotationNorDriverVolume_BothNull()
    {
        var kept = StorkPodFields.Keep(Decode("""
            {"metadata":{"name":"web","namespace":"apps","annotations":{"a":"b"}},
             "spec":{"volumes":[{"name":"token","projected":{"sources":[]}}]}}
            """));

        Assert.That(kept.Metadata.Annotations, Is.Null);
        Assert.That(kept.Spec.Volumes, Is.Null);
    }

    [Test]
    public void Keep_NamespaceAndNodeName_SharedAcrossPods()
    {
        var first = StorkPodFields.Keep(Decode(StatefulSetPod));
        var second = StorkPodFields.Keep(Decode(StatefulSetPod.Replace("db-0", "db-1")));

        Assert.That(ReferenceEquals(first.Metadata.Namespace, second.Metadata.Namespace), Is.True);
        Assert.That(ReferenceEquals(first.Spec.NodeName, second.Spec.NodeName), Is.True);
    }

    private static Pod Decode(string json) => JsonSerializer.Deserialize(json, KubeJsonContext.Default.Pod)!;
}
