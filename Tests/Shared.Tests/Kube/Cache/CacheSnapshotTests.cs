using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Tests.Kube.Cache;

internal sealed class CacheSnapshotTests
{
    private static PersistentVolume Pv(string name, string? claimNamespace = null, string? claimName = null) => new()
    {
        Metadata = new() { Name = name },
        Spec = new() { ClaimRef = claimName is null ? null : new() { Namespace = claimNamespace, Name = claimName } },
    };

    /// <summary>PV by the claim it is bound to: a secondary index as a cache user would define one.</summary>
    private static readonly CacheIndex<PersistentVolume> VolumeByClaim = new(
        "volume-by-claim",
        pv => pv.Spec.ClaimRef is { Name: { Length: > 0 } name } claim ? CacheSnapshot<PersistentVolume>.KeyOf(claim.Namespace, name) : null);

    private static CacheSnapshot<PersistentVolume> Empty() => CacheSnapshot<PersistentVolume>.Empty([VolumeByClaim]);

    [Test]
    public void ReplaceAll_WithClaims_IndexesVolumesByClaim()
    {
        var snapshot = Empty().ReplaceAll([Pv("pv-1", "db", "data"), Pv("pv-2")]);

        Assert.That(snapshot.ByIndex(VolumeByClaim.Name, "db/data").Select(v => v.Metadata.Name), Is.EqualTo(new[] { "pv-1" }));
        Assert.That(snapshot.Count, Is.EqualTo(2));
    }

    [Test]
    public void Upsert_ClaimChanges_MovesIndexEntry()
    {
        var snapshot = Empty().Upsert(Pv("pv-1", "db", "old")).Upsert(Pv("pv-1", "db", "new"));

        Assert.That(snapshot.ByIndex(VolumeByClaim.Name, "db/old"), Is.Empty);
        Assert.That(snapshot.ByIndex(VolumeByClaim.Name, "db/new").Count(), Is.EqualTo(1));
    }

    [Test]
    public void Remove_IndexedObject_RemovesIndexEntry()
    {
        var snapshot = Empty().Upsert(Pv("pv-1", "db", "data")).Remove("pv-1");

        Assert.That(snapshot.ByIndex(VolumeByClaim.Name, "db/data"), Is.Empty);
        Assert.That(snapshot.Get(null, "pv-1"), Is.Null);
    }

    [Test]
    public void Upsert_PreviousSnapshot_IsUnchanged()
    {
        var before = Empty().Upsert(Pv("pv-1"));
        var after = before.Upsert(Pv("pv-2"));

        Assert.That(before.Count, Is.EqualTo(1));
        Assert.That(after.Count, Is.EqualTo(2));
        Assert.That(after.Version, Is.GreaterThan(before.Version));
    }

    [TestCase("ns", "a", "ns/a")]
    [TestCase(null, "a", "a")]
    [TestCase("", "a", "a")]
    public void KeyOf_NamespaceAndName_JoinsWithSlash(string? ns, string name, string expected) =>
        Assert.That(CacheSnapshot<PersistentVolume>.KeyOf(ns, name), Is.EqualTo(expected));
}
