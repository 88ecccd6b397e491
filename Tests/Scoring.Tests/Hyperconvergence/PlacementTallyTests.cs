using Stork.Scoring.Hyperconvergence;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Tests.Hyperconvergence;

internal sealed class PlacementTallyTests
{
    private static readonly PlacementVerdict Local = new(PodPlacement.Hyperconverged, [new("a", PlacementLevel.Replica, "n1")]);
    private static readonly PlacementVerdict Away = new(PodPlacement.Remote, [new("a", PlacementLevel.Rack, "n1"), new("b", PlacementLevel.None, "n9")]);

    [Test]
    public void Set_ReplacingAPodsVerdict_MovesItsCounts()
    {
        var tally = new PlacementTally();
        tally.Set("ns/p", "ns", Local);
        tally.Set("ns/q", "ns", Local);

        tally.Set("ns/p", "ns", Away);

        Assert.Multiple(() =>
        {
            Assert.That(tally.ByPlacement(), Is.EqualTo(new long[] { 1, 0, 1, 0 }));
            Assert.That(tally.ByLevel(), Is.EqualTo(new long[] { 1, 0, 0, 1, 1 }));
            Assert.That(tally.Count, Is.EqualTo(2));
        });
    }

    [Test]
    public void Remove_DropsCountsAndEmptyNamespacePairs()
    {
        var tally = new PlacementTally();
        tally.Set("a/p", "a", Local);
        tally.Set("b/p", "b", Away);

        tally.Remove("a/p");
        tally.Set("b/p", "b", null);

        Assert.Multiple(() =>
        {
            Assert.That(tally.ByPlacement(), Is.All.Zero);
            Assert.That(tally.ByLevel(), Is.All.Zero);
            Assert.That(tally.ByNamespace(), Is.Empty);
        });
    }

    [Test]
    public void ByNamespace_CountsPerNamespaceAndPlacement()
    {
        var tally = new PlacementTally();
        tally.Set("a/p", "a", Local);
        tally.Set("a/q", "a", Local);
        tally.Set("b/p", "b", Away);

        Assert.That(tally.ByNamespace().ToDictionary(p => p.Key, p => p.Value), Is.EquivalentTo(new Dictionary<(string, PodPlacement), long>
        {
            [("a", PodPlacement.Hyperconverged)] = 2,
            [("b", PodPlacement.Remote)] = 1,
        }));
    }
}
