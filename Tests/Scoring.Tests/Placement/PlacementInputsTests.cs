using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;

namespace Stork.Scoring.Tests.Placement;

internal sealed class PlacementInputsTests
{
    [Test]
    public void Merge_SameKeyInEverySource_ClaimAnnotationWinsThenStorageClass()
    {
        var merged = VolumeLabels.Merge(
            new Dictionary<string, string> { ["k"] = "driver", ["d"] = "1", ["s"] = "driver" },
            new Dictionary<string, string> { ["k"] = "class", ["s"] = "class" },
            new Dictionary<string, string> { ["k"] = "claim" });

        Assert.That(merged, Is.EquivalentTo(new Dictionary<string, string> { ["k"] = "claim", ["d"] = "1", ["s"] = "class" }));
    }

    [Test]
    public void Merge_NoSources_Empty() => Assert.That(VolumeLabels.Merge(null, null, null), Is.Empty);

    [Test]
    public void Parse_NoLabels_StorkDefaults() =>
        Assert.That(VolumeFlags.Parse(new Dictionary<string, string>()), Is.EqualTo(new VolumeFlags(false, false, true, false, [])).Using<VolumeFlags>(SameFlags));

    [TestCase(AnnotationKeys.WindowsShare, "True")]
    [TestCase(AnnotationKeys.SkipSchedulerScoring, "1")]
    [TestCase(AnnotationKeys.PreferRemoteNodeOnly, "t")]
    public void Parse_GoTrueSpellings_FlagSet(string key, string value)
    {
        var flags = VolumeFlags.Parse(new Dictionary<string, string> { [key] = value });

        Assert.That(flags.Windows, Is.EqualTo(key == AnnotationKeys.WindowsShare));
        Assert.That(flags.SkipScoring, Is.EqualTo(key == AnnotationKeys.SkipSchedulerScoring));
        Assert.That(flags.PreferRemoteNodeOnly, Is.EqualTo(key == AnnotationKeys.PreferRemoteNodeOnly));
        Assert.That(flags.MalformedKeys, Is.Empty);
    }

    [Test]
    public void Parse_NotGoBooleans_DefaultsAndKeysReported()
    {
        var flags = VolumeFlags.Parse(new Dictionary<string, string>
        {
            [AnnotationKeys.WindowsShare] = "yes",
            [AnnotationKeys.PreferRemoteNode] = "no",
        });

        Assert.That(flags.Windows, Is.False);
        Assert.That(flags.PreferRemoteNode, Is.True);
        Assert.That(flags.MalformedKeys, Is.EqualTo(new[] { AnnotationKeys.WindowsShare, AnnotationKeys.PreferRemoteNode }));
    }

    [TestCase(null, false, false)]
    [TestCase("true", true, false)]
    [TestCase("TRUE", true, false)]
    [TestCase("on", false, true)]
    public void FromAnnotations_PreferLocalNodeOnly_GoBoolean(string? value, bool preferLocal, bool malformed)
    {
        var annotations = value is null ? null : new Dictionary<string, string> { [AnnotationKeys.PreferLocalNodeOnly] = value };

        var options = PodSchedulingOptions.FromAnnotations(annotations);

        Assert.That(options.PreferLocalNodeOnly, Is.EqualTo(preferLocal));
        Assert.That(options.DisableHyperconvergence, Is.False);
        Assert.That(options.MalformedKeys, Has.Count.EqualTo(malformed ? 1 : 0));
    }

    [TestCase("true", true)]
    [TestCase("yes", false)]
    [TestCase(null, false)]
    public void FromNode_KubernetesNode_AddressesLabelsAndUnschedulable(string? unschedulable, bool expected)
    {
        var node = new Node
        {
            Metadata = new()
            {
                Name = "worker-1",
                Labels = new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = "r1" },
                Annotations = unschedulable is null ? null : new Dictionary<string, string> { [AnnotationKeys.OperatorUnschedulable] = unschedulable },
            },
            Status = new()
            {
                Addresses = [new() { Type = "InternalIP", Address = "10.0.0.1" }, new() { Type = "ExternalIP", Address = "1.2.3.4" }, new() { Type = "Hostname", Address = "worker-1.local" }],
            },
        };

        var info = KubeNodeInfo.FromNode(node);

        Assert.That(info.Name, Is.EqualTo("worker-1"));
        Assert.That(info.Hostnames, Is.EqualTo(new[] { "worker-1.local" }));
        Assert.That(info.InternalIps, Is.EqualTo(new[] { "10.0.0.1" }));
        Assert.That(info.Labels[AnnotationKeys.PortworxRack], Is.EqualTo("r1"));
        Assert.That(info.StorageUnschedulable, Is.EqualTo(expected));
    }

    [Test]
    public void From_DriverVolume_KeepsReplicasAndAntiHyperconvergence()
    {
        var labels = new Dictionary<string, string> { [AnnotationKeys.PreferRemoteNodeOnly] = "true" };

        var volume = PodVolume.From("PVC default/a", new DriverVolume("id", "pv-a", ["s1"], new Dictionary<string, string>(), true), labels);

        Assert.That(volume, Has.Property(nameof(PodVolume.VolumeId)).EqualTo("id").And.Property(nameof(PodVolume.VolumeName)).EqualTo("pv-a"));
        Assert.That(volume.ReplicaNodeIds, Is.EqualTo(new[] { "s1" }));
        Assert.That(volume.RemoteOnly, Is.True);
    }

    private static bool SameFlags(VolumeFlags a, VolumeFlags b) =>
        a.Windows == b.Windows && a.SkipScoring == b.SkipScoring && a.PreferRemoteNode == b.PreferRemoteNode
        && a.PreferRemoteNodeOnly == b.PreferRemoteNodeOnly && a.MalformedKeys.SequenceEqual(b.MalformedKeys);
}
