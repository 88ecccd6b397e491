using System.Text.Json;
using Stork.Shared.Json;

namespace Stork.Shared.Tests.Json;

internal sealed class MetadataMapConverterTests
{
    [Test]
    public void Read_LastAppliedConfiguration_IsDropped()
    {
        var meta = JsonSerializer.Deserialize(
            """{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"big\":true}","a":"1"},"labels":{"x":"y"}}""",
            KubeJsonContext.Default.ObjectMeta)!;

        Assert.That(meta.Annotations, Is.EqualTo(new Dictionary<string, string> { ["a"] = "1" }));
        Assert.That(meta.Labels, Is.EqualTo(new Dictionary<string, string> { ["x"] = "y" }));
    }

    [Test]
    public void Read_RepeatedKeysAndShortValues_AreShared()
    {
        var first = JsonSerializer.Deserialize("""{"labels":{"topology.kubernetes.io/zone":"zone-a"}}""", KubeJsonContext.Default.ObjectMeta)!;
        var second = JsonSerializer.Deserialize("""{"labels":{"topology.kubernetes.io/zone":"zone-a"}}""", KubeJsonContext.Default.ObjectMeta)!;

        Assert.That(ReferenceEquals(first.Labels!.Keys.Single(), second.Labels!.Keys.Single()), Is.True);
        Assert.That(ReferenceEquals(first.Labels["topology.kubernetes.io/zone"], second.Labels["topology.kubernetes.io/zone"]), Is.True);
    }

    [TestCase("""{"labels":{"a":1}}""")]
    [TestCase("""{"labels":["a"]}""")]
    public void Read_NotAMapOfStrings_Throws(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, KubeJsonContext.Default.ObjectMeta));

    [Test]
    public void Write_Map_RoundTrips()
    {
        var meta = new Stork.Shared.Kube.Models.ObjectMeta { Labels = new Dictionary<string, string> { ["k"] = "v" } };

        Assert.That(JsonSerializer.Serialize(meta, KubeJsonContext.Default.ObjectMeta), Is.EqualTo("""{"labels":{"k":"v"}}"""));
    }
}
