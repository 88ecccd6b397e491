using Stork.Scoring.Placement;
using Stork.Shared.Annotations;

namespace Stork.Scoring.Tests.Placement;

internal sealed class NodeLocalityTests
{
    [TestCase("r1", "a", "us", "us-a-r1", "us-a", "us")]
    [TestCase("r1", "a", "", "a-r1", "a", "")]
    [TestCase("r1", "", "", "r1", "", "")]
    [TestCase("", "a", "", "a-", "a", "")]
    [TestCase("r1", "", "us", "us--r1", "us-", "us")]
    [TestCase("", "", "us", "us--", "us-", "us")]
    [TestCase("", "", "", "", "", "")]
    public void Qualify_StorkKeys_ParentsPrefixChildren(
        string rack, string zone, string region, string rackKey, string zoneKey, string regionKey) =>
        Assert.That(NodeLocality.Qualify(rack, zone, region), Is.EqualTo(new NodeLocality(rackKey, zoneKey, regionKey)));

    [Test]
    public void Qualify_SameRackNameInDifferentZones_DifferentRackKeys() =>
        Assert.That(NodeLocality.Qualify("rack1", "a", "").Rack, Is.Not.EqualTo(NodeLocality.Qualify("rack1", "b", "").Rack));

    [TestCase(AnnotationKeys.Zone, AnnotationKeys.Region, "a", "us")]
    [TestCase(AnnotationKeys.LegacyZone, AnnotationKeys.LegacyRegion, "a", "us")]
    public void FromLabels_TopologyOrLegacyLabels_Read(string zoneKey, string regionKey, string zone, string region)
    {
        var labels = new Dictionary<string, string> { [zoneKey] = zone, [regionKey] = region, ["custom/rack"] = "r9" };

        Assert.That(NodeLocality.FromLabels(labels, "custom/rack"), Is.EqualTo(NodeLocality.Qualify("r9", zone, region)));
    }

    [Test]
    public void FromLabels_EmptyTopologyLabel_FallsBackToLegacy()
    {
        var labels = new Dictionary<string, string> { [AnnotationKeys.Zone] = "", [AnnotationKeys.LegacyZone] = "old" };

        Assert.That(NodeLocality.FromLabels(labels, AnnotationKeys.PortworxRack).Zone, Is.EqualTo("old"));
    }

    [Test]
    public void FromLabels_TopologyLabelSet_WinsOverLegacy()
    {
        var labels = new Dictionary<string, string> { [AnnotationKeys.Region] = "new", [AnnotationKeys.LegacyRegion] = "old" };

        Assert.That(NodeLocality.FromLabels(labels, AnnotationKeys.PortworxRack).Region, Is.EqualTo("new"));
    }

    [Test]
    public void FromLabels_RackOnlyUnderDefaultLabel_IgnoredForCustomLabel()
    {
        var labels = new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = "r1" };

        Assert.That(NodeLocality.FromLabels(labels, "custom/rack"), Is.EqualTo(NodeLocality.Unknown));
    }
}
