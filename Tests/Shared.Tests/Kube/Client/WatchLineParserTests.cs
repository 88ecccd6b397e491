using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Tests.Kube.Client;

internal sealed class WatchLineParserTests
{
    [TestCase("ADDED", WatchEventType.Added)]
    [TestCase("MODIFIED", WatchEventType.Modified)]
    [TestCase("DELETED", WatchEventType.Deleted)]
    public void Parse_ObjectEvent_ReturnsObjectAndResourceVersion(string type, WatchEventType expected)
    {
        var line = WatchLineParser.Parse(
            "{\"type\":\"" + type + "\",\"object\":{\"metadata\":{\"name\":\"n1\",\"resourceVersion\":\"42\"},\"status\":{\"images\":[]}}}",
            KubeResources.Nodes);

        Assert.That(line.Type, Is.EqualTo(expected));
        Assert.That(line.Object!.Metadata.Name, Is.EqualTo("n1"));
        Assert.That(line.ResourceVersion, Is.EqualTo("42"));
    }

    [Test]
    public void Parse_Bookmark_ReturnsOnlyResourceVersion()
    {
        var line = WatchLineParser.Parse(
            """{"type":"BOOKMARK","object":{"kind":"Node","apiVersion":"v1","metadata":{"resourceVersion":"77"}}}""", KubeResources.Nodes);

        Assert.That(line, Is.EqualTo(new WatchLine<Node>(WatchEventType.Bookmark, null, "77", null)));
    }

    [Test]
    public void Parse_ErrorGone_ReturnsStatus()
    {
        var line = WatchLineParser.Parse(
            """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version: 1 (5)","reason":"Expired","code":410}}""",
            KubeResources.Nodes);

        Assert.That(line.Type, Is.EqualTo(WatchEventType.Error));
        Assert.That(line.Error!.Code, Is.EqualTo(410));
        Assert.That(line.Error.Reason, Is.EqualTo("Expired"));
    }

    [TestCase("not json")]
    [TestCase("{\"type\":\"ADDED\"}")]
    [TestCase("{\"type\":\"ADDED\",\"object\":{\"metadata\":{}}}")]
    [TestCase("{\"type\":\"SURPRISE\",\"object\":{\"metadata\":{\"name\":\"x\"}}}")]
    [TestCase("{\"type\":\"BOOKMARK\",\"object\":{\"metadata\":{}}}")]
    [TestCase("[1,2]")]
    public void Parse_NotAWatchEvent_ReturnsMalformed(string text) =>
        Assert.That(WatchLineParser.Parse(text, KubeResources.Nodes).Type, Is.EqualTo(WatchEventType.Malformed));
}
