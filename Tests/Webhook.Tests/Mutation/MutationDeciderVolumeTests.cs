using Stork.Shared.Annotations;
using Stork.Shared.Mutation;
using Stork.Webhook.Tests.Doubles;
using static Stork.Webhook.Tests.Doubles.TestPods;

namespace Stork.Webhook.Tests.Mutation;

/// <summary>Rule 6, one row per volume kind and ownership path: does a volume reach the driver?</summary>
public sealed class MutationDeciderVolumeTests
{
    private static readonly MutationPolicy Portworx = TestPolicies.Portworx;
    private static readonly MutationPolicy TopoLvm = TestPolicies.TopoLvm;

    [TestCase("pxd", "persistentVolumeClaim", """{"claimName":"px-claim"}""", "mutated", TestName = "Decide_PvcOfDriverClass_Mutated")]
    [TestCase("pxd", "persistentVolumeClaim", """{"claimName":"intree-claim"}""", "mutated", TestName = "Decide_PvcOfInTreeProvisioner_Mutated")]
    [TestCase("pxd", "persistentVolumeClaim", """{"claimName":"annotated-claim"}""", "mutated", TestName = "Decide_PvcWithProvisionerAnnotation_Mutated")]
    [TestCase("pxd", "persistentVolumeClaim", """{"claimName":"bound-claim"}""", "mutated", TestName = "Decide_PvcBoundToDriverPv_Mutated")]
    [TestCase("pxd", "persistentVolumeClaim", """{"claimName":"other-claim"}""", "not-driver", TestName = "Decide_PvcOfOtherDriver_NotDriver")]
    [TestCase("pxd", "persistentVolumeClaim", """{"claimName":"missing-claim"}""", "not-driver", TestName = "Decide_PvcThatDoesNotExist_NotDriver")]
    [TestCase("pxd", "persistentVolumeClaim", """{"claimName":"other-px-claim"}""", "not-driver", TestName = "Decide_PvcOfDriverInOtherNamespace_NotDriver")]
    [TestCase("csi", "persistentVolumeClaim", """{"claimName":"local-claim"}""", "mutated", TestName = "Decide_PvcOfCsiDriver_Mutated")]
    [TestCase("csi", "persistentVolumeClaim", """{"claimName":"px-claim"}""", "not-driver", TestName = "Decide_PvcOfPortworxWithCsiDriver_NotDriver")]
    [TestCase("pxd", "ephemeral", """{"volumeClaimTemplate":{"spec":{"storageClassName":"px-db"}}}""", "mutated", TestName = "Decide_EphemeralOfDriverClass_Mutated")]
    [TestCase("pxd", "ephemeral", """{"volumeClaimTemplate":{"spec":{"storageClassName":"standard"}}}""", "not-driver", TestName = "Decide_EphemeralOfOtherClass_NotDriver")]
    [TestCase("pxd", "ephemeral", """{"volumeClaimTemplate":{"spec":{"storageClassName":"unknown"}}}""", "not-driver", TestName = "Decide_EphemeralOfUnknownClass_NotDriver")]
    [TestCase("pxd", "ephemeral", """{"volumeClaimTemplate":{"spec":{"storageClassName":""}}}""", "not-driver", TestName = "Decide_EphemeralWithoutClass_NotDriver")]
    [TestCase("pxd", "csi", """{"driver":"pxd.portworx.com"}""", "mutated", TestName = "Decide_InlineCsiOfDriver_Mutated")]
    [TestCase("pxd", "csi", """{"driver":"secrets-store.csi.k8s.io"}""", "not-driver", TestName = "Decide_InlineCsiOfOtherDriver_NotDriver")]
    [TestCase("csi", "csi", """{"driver":"topolvm.io"}""", "mutated", TestName = "Decide_InlineCsiOfCsiDriver_Mutated")]
    [TestCase("pxd", "portworxVolume", """{"volumeID":"vol1"}""", "mutated", TestName = "Decide_InTreePortworxVolume_Mutated")]
    [TestCase("csi", "portworxVolume", """{"volumeID":"vol1"}""", "not-driver", TestName = "Decide_InTreePortworxVolumeWithCsiDriver_NotDriver")]
    [TestCase("pxd", "emptyDir", "{}", "not-driver", TestName = "Decide_EmptyDir_NotDriver")]
    [TestCase("pxd", "configMap", """{"name":"settings"}""", "not-driver", TestName = "Decide_ConfigMap_NotDriver")]
    public void Decide_VolumeKind(string driver, string source, string sourceJson, string expected)
    {
        var pod = Pod($"[{Volume("data", $"\"{source}\":{sourceJson}")}]", MutationPolicy.DefaultScheduler);

        var outcome = MutationDecider.Decide(driver == "pxd" ? Portworx : TopoLvm, Create(pod), TestCluster.Facts());

        Assert.That(outcome.Kind.Name, Is.EqualTo(expected), outcome.Reason);
        Assert.That(outcome.Patch, expected == "mutated" ? Has.Count.EqualTo(1) : Is.Empty);
    }

    [Test]
    public void Decide_NoVolumes_NotDriver()
    {
        var pod = Pod("[]");
        pod["spec"]!.AsObject().Remove("volumes");

        Assert.That(MutationDecider.Decide(Portworx, Create(pod), TestCluster.Facts()).Kind, Is.EqualTo(OutcomeKind.NotDriver));
    }

    [Test]
    public void Decide_DriverVolumeAfterOthers_ReasonNamesIt()
    {
        var volumes = $$"""[{{Volume("cache", "\"emptyDir\":{}")}}, {{Volume("other", """ "persistentVolumeClaim":{"claimName":"other-claim"}""")}}, {{Volume("data", """ "persistentVolumeClaim":{"claimName":"px-claim"}""")}}]""";

        var outcome = MutationDecider.Decide(Portworx, Create(Pod(volumes)), TestCluster.Facts());

        Assert.That(outcome.Reason, Is.EqualTo("volume data: PVC default/px-claim belongs to the pxd driver; scheduler set to stork"));
    }

    [TestCase(true, true, "mutated", TestName = "Decide_EphemeralDefaultClassOfDriver_Mutated")]
    [TestCase(false, true, "not-driver", TestName = "Decide_EphemeralDefaultClassOfOtherDriver_NotDriver")]
    [TestCase(true, false, "not-driver", TestName = "Decide_EphemeralNoDefaultClass_NotDriver")]
    public void Decide_EphemeralWithoutClassName(bool defaultIsDriver, bool hasDefault, string expected)
    {
        var classes = new[]
        {
            TestCluster.Class("px-db", "pxd.portworx.com", isDefault: hasDefault && defaultIsDriver),
            TestCluster.Class("standard", "kubernetes.io/gce-pd", isDefault: hasDefault && !defaultIsDriver),
        };
        var pod = Pod($$"""[{{Volume("scratch", """ "ephemeral":{"volumeClaimTemplate":{"spec":{}}}""")}}]""");

        var outcome = MutationDecider.Decide(Portworx, Create(pod), TestCluster.Facts(storageClasses: classes));

        Assert.That(outcome.Kind.Name, Is.EqualTo(expected), outcome.Reason);
    }

    [Test]
    public void Decide_SeveralDefaultClassesNotAllOfDriver_NotDriver()
    {
        var classes = new[] { TestCluster.Class("px-db", "pxd.portworx.com", isDefault: true), TestCluster.Class("standard", "kubernetes.io/gce-pd", isDefault: true) };
        var pod = Pod($$"""[{{Volume("scratch", """ "ephemeral":{"volumeClaimTemplate":{"spec":{}}}""")}}]""");

        var outcome = MutationDecider.Decide(Portworx, Create(pod), TestCluster.Facts(storageClasses: classes));

        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.NotDriver));
    }

    [Test]
    public void Decide_EphemeralBetaDefaultClassOfDriver_Mutated()
    {
        var beta = TestCluster.Class("px-db", "pxd.portworx.com") with
        {
            Metadata = new() { Name = "px-db", Annotations = new Dictionary<string, string> { [AnnotationKeys.BetaDefaultStorageClass] = "true" } },
        };
        var pod = Pod($$"""[{{Volume("scratch", """ "ephemeral":{"volumeClaimTemplate":{"spec":{}}}""")}}]""");

        var outcome = MutationDecider.Decide(Portworx, Create(pod), TestCluster.Facts(storageClasses: [beta]));

        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.Mutated));
    }
}
