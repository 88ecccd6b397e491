using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Tests.Kube.Cache;

internal sealed class CacheSnapshotTests
{
    private static PersistentVolume Pv(string name, string? claimNamespace = null, string? claimName = null, string? version = null) => new()
    {
        Metadata = new() { Name = name, ResourceVersion = version },
        Spec = new() { ClaimRef = claimName is null ? null : new() { Namespace = claimNamespace, Name = claimName } },
    };

    private static CacheSnapshot<PersistentVolume> Empty() => CacheSnapshot<PersistentVolume>.Empty;

    [Test]
    public void ReplaceAll_HoldsExactlyTheList()
    {
        var snapshot = Empty().Upsert(Pv("old")).ReplaceAll([Pv("pv-1", "db", "data"), Pv("pv-2")]);

        Assert.That(snapshot.Keys, Is.EquivalentTo(new[] { "pv-1", "pv-2" }));
        Assert.That(snapshot.Get(null, "pv-1")?.Spec.ClaimRef?.Name, Is.EqualTo("data"));
    }

    [Test]
    public void Remove_Present_RemovesIt_Absent_IsTheSameSnapshot()
    {
        var snapshot = Empty().Upsert(Pv("pv-1"));

        Assert.That(snapshot.Remove("pv-1").Get(null, "pv-1"), Is.Null);
        Assert.That(snapshot.Remove("pv-9"), Is.SameAs(snapshot));
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

    [TestCase("7", "7", true)]
    [TestCase("7", "8", false)]
    [TestCase("", "", false)]
    [TestCase(null, null, false)]
    public void Unchanged_HeldObjectOfTheSameResourceVersion_IsTheHeldInstance(string? held, string? listed, bool keepsHeld)
    {
        var cached = Pv("pv-1", version: held);
        var fresh = Pv("pv-1", version: listed);

        Assert.That(Empty().Upsert(cached).Unchanged(fresh), Is.SameAs(keepsHeld ? cached : fresh));
    }

    [Test]
    public void Unchanged_NotHeld_IsTheListedObject()
    {
        var fresh = Pv("pv-2", version: "7");

        Assert.That(Empty().Upsert(Pv("pv-1", version: "7")).Unchanged(fresh), Is.SameAs(fresh));
    }

    [TestCase("ns", "a", "ns/a")]
    [TestCase(null, "a", "a")]
    [TestCase("", "a", "a")]
    public void KeyOf_NamespaceAndName_JoinsWithSlash(string? ns, string name, string expected) =>
        Assert.That(CacheSnapshot<PersistentVolume>.KeyOf(ns, name), Is.EqualTo(expected));
}
