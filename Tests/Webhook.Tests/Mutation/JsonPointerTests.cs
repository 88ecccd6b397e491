using Stork.Shared.Mutation;

namespace Stork.Webhook.Tests.Mutation;

public sealed class JsonPointerTests
{
    [TestCase("schedulerName", "schedulerName")]
    [TestCase("a/b", "a~1b")]
    [TestCase("a~b", "a~0b")]
    [TestCase("~1", "~01")]
    [TestCase("/~", "~1~0")]
    [TestCase("stork.libopenstorage.org/disable-admission-controller", "stork.libopenstorage.org~1disable-admission-controller")]
    [TestCase("", "")]
    public void EscapeSegment_Rfc6901(string segment, string expected) =>
        Assert.That(JsonPointer.EscapeSegment(segment), Is.EqualTo(expected));

    [Test]
    public void Of_Segments_JoinedAndEscaped() =>
        Assert.That(JsonPointer.Of(["metadata", "annotations", "a/b"]), Is.EqualTo("/metadata/annotations/a~1b"));

    [Test]
    public void Of_NoSegments_WholeDocument() =>
        Assert.That(JsonPointer.Of([]), Is.EqualTo(""));
}
