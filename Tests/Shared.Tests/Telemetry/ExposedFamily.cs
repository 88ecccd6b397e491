namespace Stork.Shared.Tests.Telemetry;

/// <summary>A metric family a service must expose: its name, Prometheus type and the label names of every
/// series (for histograms, besides <c>le</c>): exactly these, or at least these when <paramref name="AtLeast"/>
/// (the HTTP server's series leave out <c>http_route</c> for unrouted paths and add <c>error_type</c> on failures).</summary>
internal sealed record ExposedFamily(string Name, string Type, string[] Labels, bool AtLeast = false)
{
    public ExposedFamily(string name, string type, params string[] labels)
        : this(name, type, labels, AtLeast: false)
    {
    }

    /// <summary>Asserts that <paramref name="families"/> has this family, of this type, with series and each
    /// series labelled exactly so.</summary>
    public void AssertIn(IReadOnlyDictionary<string, PrometheusTextParser.Family> families)
    {
        Assert.That(families.TryGetValue(Name, out var family), Is.True, $"{Name} is exposed");
        Assert.That(family!.Type, Is.EqualTo(Type), $"{Name} type");
        Assert.That(family.Samples, Is.Not.Empty, $"{Name} has series");
        foreach (var sample in family.Samples)
        {
            var labels = sample.Labels.Keys.Where(key => key != "le");
            Assert.That(labels, AtLeast ? Is.SupersetOf(Labels) : Is.EquivalentTo(Labels), $"{Name} labels of {sample.Key()}");
        }
    }
}
