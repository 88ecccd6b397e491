using Stork.Scoring.Placement;

namespace Stork.Scoring.Tests.Placement;

internal sealed class LocalityKeysTests
{
    [Test]
    public void Shared_EqualKeysOfTwoNodes_SameStrings()
    {
        var keys = new LocalityKeys();
        var first = keys.Shared(NodeLocality.Qualify("rack-1", "zone-a", "region"));
        var second = keys.Shared(NodeLocality.Qualify("rack-1", "zone-a", "region"));

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(second.Rack, Is.SameAs(first.Rack));
            Assert.That(second.Zone, Is.SameAs(first.Zone));
            Assert.That(second.Region, Is.SameAs(first.Region));
        });
    }

    [Test]
    public void Shared_DifferentKeys_KeptApart()
    {
        var keys = new LocalityKeys();
        keys.Shared(NodeLocality.Qualify("rack-1", "zone-a", "region"));

        var other = keys.Shared(NodeLocality.Qualify("rack-2", "zone-b", "region"));

        Assert.That(other, Is.EqualTo(new NodeLocality("region-zone-b-rack-2", "region-zone-b", "region")));
    }
}
