using System.Text.Json.Nodes;
using Stork.Shared.Kube.Client;
using Stork.Tests.Fakes.Kube;

namespace Stork.Shared.Tests.Kube.Decoding;

/// <summary>Every malformed watch line and list item of the corpus is rejected with a reason, for every
/// cached resource; the valid object of each resource is accepted.</summary>
internal sealed class MalformedWatchLineTests
{
    private static IEnumerable<TestCaseData> Lines() =>
        MalformedCorpus.Resources.SelectMany(plural => MalformedCorpus.WatchLines(plural)
            .Select(k => new TestCaseData(plural, k.Line).SetArgDisplayNames(plural, k.Kind)));

    private static IEnumerable<TestCaseData> Items() =>
        MalformedCorpus.Resources.SelectMany(plural => MalformedCorpus.Objects(plural)
            .Select(k => new TestCaseData(plural, k.Object?.ToJsonString() ?? "null").SetArgDisplayNames(plural, k.Kind)));

    [TestCaseSource(nameof(Lines))]
    public void Parse_MalformedLine_IsMalformedWithAReason(string plural, string line)
    {
        var (type, rejected, _) = CachedResource.Of(plural).ParseLine(line);

        Assert.That(type, Is.EqualTo(WatchEventType.Malformed));
        Assert.That(rejected?.Reason, Is.Not.Null.And.Not.Empty);
    }

    [TestCaseSource(nameof(Items))]
    public void DecodeList_MalformedItem_SkippedAndTheValidOnesKept(string plural, string item)
    {
        var before = MalformedCorpus.Valid(plural, "before").ToJsonString();
        var after = MalformedCorpus.Valid(plural, "after").ToJsonString();

        var (items, rejected) = CachedResource.Of(plural).ParseList(
            $$"""{"metadata":{"resourceVersion":"9"},"items":[{{before}},{{item}},{{after}}]}""");

        Assert.That(items.Select(i => i.Metadata.Name), Is.EqualTo(new[] { "before", "after" }));
        Assert.That(rejected, Has.Count.EqualTo(1));
        Assert.That(rejected[0].Reason, Is.Not.Empty);
    }

    [Test]
    public void DecodeList_RejectedItemWithReadableMetadata_NamedByItsKey()
    {
        var pvc = MalformedCorpus.Valid("persistentvolumeclaims", "data");
        pvc["spec"] = null;

        var (_, rejected) = CachedResource.Of("persistentvolumeclaims").ParseList($$"""{"items":[{{pvc.ToJsonString()}}]}""");

        Assert.That(rejected.Single().Key, Is.EqualTo("default/data"));
        Assert.That(rejected.Single().Reason, Does.Contain("spec"));
    }

    [Test]
    public void DecodeList_LoneSurrogateEscapeInAName_SkippedWithoutAKey()
    {
        var good = MalformedCorpus.Valid("nodes", "good").ToJsonString();

        var (items, rejected) = CachedResource.Of("nodes").ParseList(
            """{"items":[{"metadata":{"name":"\ud800"}},""" + good + "]}");

        Assert.That(items.Single().Metadata.Name, Is.EqualTo("good"));
        Assert.That(rejected.Single().Key, Is.Null);
    }

    [TestCaseSource(typeof(MalformedCorpus), nameof(MalformedCorpus.Resources))]
    public void Parse_ValidObjectInEveryEventType_Accepted(string plural)
    {
        var valid = MalformedCorpus.Valid(plural, "fine");
        foreach (var type in new[] { "ADDED", "MODIFIED", "DELETED" })
        {
            var line = new JsonObject { ["type"] = type, ["object"] = valid.DeepClone() }.ToJsonString();
            var (parsed, rejected, problem) = CachedResource.Of(plural).ParseLine(line);

            Assert.That((parsed, rejected, problem), Is.EqualTo((Enum.Parse<WatchEventType>(type, ignoreCase: true), (object?)null, (string?)null)));
        }
    }

    [TestCaseSource(typeof(MalformedCorpus), nameof(MalformedCorpus.Resources))]
    public void Corpus_EveryResource_HasAtLeast24LineKinds(string plural) =>
        Assert.That(MalformedCorpus.WatchLines(plural).Select(k => k.Kind).Distinct().Count(), Is.GreaterThanOrEqualTo(24));
}
