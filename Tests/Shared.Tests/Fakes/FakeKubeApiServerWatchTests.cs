using System.Text.Json;
using Stork.Tests.Fakes.Kube;

namespace Stork.Shared.Tests.Fakes;

[TestFixture]
internal sealed class FakeKubeApiServerWatchTests
{
    private const string Pvcs = "/api/v1/persistentvolumeclaims";

    private FakeKubeApiServer _fake = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _fake = await FakeKubeApiServer.StartAsync(historyLimit: 3).WaitAsync(FakeKubeHttp.Timeout);
        _client = FakeKubeHttp.Client(_fake);
    }

    [TearDown]
    public async Task TearDown()
    {
        _client.Dispose();
        await _fake.DisposeAsync().AsTask().WaitAsync(FakeKubeHttp.Timeout);
    }

    [Test]
    public async Task Watch_FromListVersion_StreamsEveryLaterChange()
    {
        _fake.Add(Pvcs, FakeKubeHttp.Pvc("ns", "before"));
        var listVersion = _fake.ResourceVersion;
        await using var watch = await OpenWatchAsync(listVersion);
        await _fake.WaitForWatchAsync(Pvcs, 1, FakeKubeHttp.Timeout);

        var added = _fake.Add(Pvcs, FakeKubeHttp.Pvc("ns", "new"));
        _fake.Update(Pvcs, FakeKubeHttp.Pvc("ns", "new"));
        _fake.Delete(Pvcs, "ns", "new");

        var events = new[] { await watch.ReadEventAsync(), await watch.ReadEventAsync(), await watch.ReadEventAsync() };
        Assert.That(events.Select(e => (string?)e["type"]), Is.EqualTo(new[] { "ADDED", "MODIFIED", "DELETED" }));
        Assert.That(events.Select(e => (string?)e["object"]!["kind"]), Is.All.EqualTo("PersistentVolumeClaim"));
        Assert.That((string?)events[0]["object"]!["metadata"]!["resourceVersion"], Is.EqualTo((string?)added["metadata"]!["resourceVersion"]));
        Assert.That((string?)events[2]["object"]!["metadata"]!["resourceVersion"], Is.EqualTo(_fake.ResourceVersion));
    }

    [Test]
    public async Task Watch_WithoutResourceVersion_StartsWithSyntheticAdded()
    {
        _fake.Add(Pvcs, FakeKubeHttp.Pvc("ns", "existing"));

        await using var watch = await OpenWatchAsync("");

        var first = await watch.ReadEventAsync();
        Assert.That((string?)first["type"], Is.EqualTo("ADDED"));
        Assert.That((string?)first["object"]!["metadata"]!["name"], Is.EqualTo("existing"));
    }

    [Test]
    public async Task Watch_FromVersionOlderThanHistory_SendsOneExpiredErrorAndCloses()
    {
        _fake.Add(Pvcs, FakeKubeHttp.Pvc("ns", "first"));
        var old = _fake.ResourceVersion;
        _fake.Seed(Pvcs, Enumerable.Range(0, 5).Select(i => FakeKubeHttp.Pvc("ns", $"p{i}")));

        await using var watch = await OpenWatchAsync(old);

        await AssertExpiredThenClosedAsync(watch);
        Assert.That(_fake.WatchesOpened(Pvcs), Is.Zero);
    }

    [Test]
    public async Task ExpireNextWatches_CurrentVersion_StillSends410()
    {
        _fake.ExpireNextWatches();

        await using var watch = await OpenWatchAsync(_fake.ResourceVersion);

        await AssertExpiredThenClosedAsync(watch);
    }

    [Test]
    public async Task ExpireWatches_OpenWatch_Gets410AndOldVersionsStayExpired()
    {
        _fake.Add(Pvcs, FakeKubeHttp.Pvc("ns", "a"));
        var before = _fake.ResourceVersion;
        await using var watch = await OpenWatchAsync(before);
        await _fake.WaitForWatchAsync(Pvcs, 1, FakeKubeHttp.Timeout);
        _fake.Add(Pvcs, FakeKubeHttp.Pvc("ns", "b"));
        Assert.That((string?)(await watch.ReadEventAsync())["type"], Is.EqualTo("ADDED"));

        _fake.ExpireWatches();

        await AssertExpiredThenClosedAsync(watch);
        await using var again = await OpenWatchAsync(before);
        await AssertExpiredThenClosedAsync(again);
    }

    [Test]
    public async Task SendBookmark_WatchAllowingBookmarks_GetsOnlyTheResourceVersion()
    {
        await using var watch = await OpenWatchAsync(_fake.ResourceVersion);
        await _fake.WaitForWatchAsync(Pvcs, 1, FakeKubeHttp.Timeout);
        _fake.Add("/api/v1/nodes", FakeKubeHttp.Named("n1"));

        _fake.SendBookmark();

        var bookmark = await watch.ReadEventAsync();
        Assert.That((string?)bookmark["type"], Is.EqualTo("BOOKMARK"));
        Assert.That((string?)bookmark["object"]!["kind"], Is.EqualTo("PersistentVolumeClaim"));
        Assert.That(bookmark["object"]!["metadata"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "resourceVersion" }));
        Assert.That((string?)bookmark["object"]!["metadata"]!["resourceVersion"], Is.EqualTo(_fake.ResourceVersion));
    }

    [Test]
    public async Task Watch_TimeoutSeconds_ServerEndsTheStream()
    {
        await using var watch = await WatchReader.OpenAsync(_client, $"{Pvcs}?watch=true&resourceVersion={_fake.ResourceVersion}&timeoutSeconds=1");

        Assert.That(await watch.ReadLineAsync(), Is.Null);
    }

    [Test]
    public async Task InjectMalformedWatchLine_OpenWatch_ReceivesANonJsonLine()
    {
        await using var watch = await OpenWatchAsync(_fake.ResourceVersion);
        await _fake.WaitForWatchAsync(Pvcs, 1, FakeKubeHttp.Timeout);

        _fake.InjectMalformedWatchLine();

        var line = await watch.ReadLineAsync();
        Assert.That(() => JsonDocument.Parse(line!), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public async Task DropWatchConnections_OpenWatch_ReadFails()
    {
        await using var watch = await OpenWatchAsync(_fake.ResourceVersion);
        await _fake.WaitForWatchAsync(Pvcs, 1, FakeKubeHttp.Timeout);

        _fake.DropWatchConnections();

        Assert.That(async () => await watch.ReadLineAsync(), Throws.InstanceOf<IOException>());
    }

    [Test]
    public async Task WaitForWatchAsync_SecondWatch_CompletesOnceBothWentLive()
    {
        await using var first = await OpenWatchAsync(_fake.ResourceVersion);
        _fake.CloseWatches();
        Assert.That(await first.ReadLineAsync(), Is.Null);

        await using var second = await OpenWatchAsync(_fake.ResourceVersion);
        await _fake.WaitForWatchAsync(Pvcs, 2, FakeKubeHttp.Timeout);

        Assert.That(_fake.Requests(Pvcs, FakeKubeVerb.Watch), Is.EqualTo(2));
        Assert.That(_fake.OpenWatches(Pvcs), Is.EqualTo(1));
    }

    private Task<WatchReader> OpenWatchAsync(string resourceVersion) => WatchReader.OpenAsync(
        _client, $"{Pvcs}?watch=true&resourceVersion={resourceVersion}&allowWatchBookmarks=true&timeoutSeconds=60");

    private static async Task AssertExpiredThenClosedAsync(WatchReader watch)
    {
        var error = await watch.ReadEventAsync();
        Assert.That(watch.StatusCode, Is.EqualTo(200));
        Assert.That((string?)error["type"], Is.EqualTo("ERROR"));
        Assert.That((int?)error["object"]!["code"], Is.EqualTo(410));
        Assert.That((string?)error["object"]!["reason"], Is.EqualTo("Expired"));
        Assert.That((string?)error["object"]!["message"], Does.StartWith("too old resource version"));
        Assert.That(await watch.ReadLineAsync(), Is.Null);
    }
}
