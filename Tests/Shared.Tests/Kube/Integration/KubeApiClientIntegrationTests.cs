using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>The API client against the fake API server over TLS: paging, errors, retries, events, watch lines.</summary>
internal sealed class KubeApiClientIntegrationTests : FakeKubeFixture
{
    [Test]
    public async Task ListAsync_PageSizeTwo_ReturnsEveryObjectOnceAcrossPages()
    {
        Fake.Seed(Nodes, SeveralNodes(5));
        var names = new List<string?>();
        var versions = new HashSet<string?>();
        string? continueToken = null;
        var pages = 0;
        do
        {
            var page = await Api.ListAsync(KubeResources.Nodes, 2, continueToken, CancellationToken.None).WaitAsync(Timeout);
            Assert.That(page.Error, Is.Null);
            names.AddRange(page.Value!.Items.Select(n => n.Metadata.Name));
            versions.Add(page.Value.Metadata.ResourceVersion);
            continueToken = page.Value.Metadata.Continue;
        }
        while (continueToken is not null && ++pages < 10);

        Assert.That(names, Is.EquivalentTo(SeveralNodes(5).Select(n => (string?)n["metadata"]!["name"])));
        Assert.That(names, Is.Unique);
        Assert.That(versions, Is.EquivalentTo(new[] { Fake.ResourceVersion }));
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.List), Is.EqualTo(3));
    }

    [Test]
    public async Task GetAsync_Missing_NotFoundWithStatusReason()
    {
        var result = await Api.GetAsync(KubeResources.PersistentVolumeClaims, "ns", "absent", CancellationToken.None).WaitAsync(Timeout);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.IsNotFound, Is.True);
        Assert.That(result.Error.Code, Is.EqualTo(404));
        Assert.That(result.Error.Reason, Is.EqualTo("NotFound"));
        Assert.That(Fake.Requests(Pvcs, FakeKubeVerb.Get), Is.EqualTo(1));
    }

    [TestCase("spec-null")]
    [TestCase("spec-missing")]
    public async Task GetAsync_InvalidObject_InvalidResponseNamingTheProblem(string kind)
    {
        var bad = MalformedCorpus.Objects("persistentvolumeclaims", "data").Single(k => k.Kind == kind).Object!.AsObject();
        Fake.Add(Pvcs, bad);

        var result = await Api.GetAsync(KubeResources.PersistentVolumeClaims, "default", "data", CancellationToken.None).WaitAsync(Timeout);

        Assert.That(result.Value, Is.Null);
        Assert.That(result.Error!.Reason, Is.EqualTo("InvalidResponse"));
        Assert.That(result.Error.Message, Does.Contain("spec"));
    }

    [TestCase(429, 1)]
    [TestCase(500, null)]
    [TestCase(503, null)]
    public async Task GetAsync_TransientFailures_RetriedThenSucceeds(int statusCode, int? retryAfterSeconds)
    {
        Fake.Add(Nodes, Node("node-a"));
        Fake.FailNext(Nodes, statusCode, count: 2, retryAfterSeconds: retryAfterSeconds, verb: FakeKubeVerb.Get);

        var result = await Api.GetAsync(KubeResources.Nodes, null, "node-a", CancellationToken.None).WaitAsync(Timeout);

        Assert.That(result.Error, Is.Null);
        Assert.That(result.Value!.Metadata.Name, Is.EqualTo("node-a"));
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.Get), Is.EqualTo(3));
    }

    [Test]
    public async Task GetAsync_FailingBeyondTheRetries_SurfacesTheLastStatus()
    {
        Fake.Add(Nodes, Node("node-a"));
        Fake.FailNext(Nodes, 500, count: 100, verb: FakeKubeVerb.Get);

        var result = await Api.GetAsync(KubeResources.Nodes, null, "node-a", CancellationToken.None).WaitAsync(Timeout);

        Assert.That(result.Error!.Code, Is.EqualTo(500));
        Assert.That(result.Error.Reason, Is.EqualTo("InternalError"));
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.Get), Is.EqualTo(FakeKubeClient.Options().MaxRetries + 1));
    }

    [Test]
    public async Task GetAsync_RejectedToken_UnauthorizedWithoutRetry()
    {
        Fake.Add(Nodes, Node("node-a"));
        Fake.ValidTokens = ["someone-else"];

        var result = await Api.GetAsync(KubeResources.Nodes, null, "node-a", CancellationToken.None).WaitAsync(Timeout);

        Assert.That(result.Error!.IsUnauthorized, Is.True);
        Assert.That(result.Error.Code, Is.EqualTo(401));
        Assert.That(result.Error.Reason, Is.EqualTo("Unauthorized"));
        Assert.That(Fake.Requests(Nodes, FakeKubeVerb.Get), Is.EqualTo(1));
    }

    [Test]
    public async Task CreateEventAsync_Event_ReachesTheServerAsWireJson()
    {
        var created = await Api.CreateEventAsync("apps", new Event
        {
            Metadata = new() { Name = "web-0.stork", Namespace = "apps" },
            InvolvedObject = new() { Kind = "Pod", ApiVersion = "v1", Namespace = "apps", Name = "web-0", Uid = "pod-uid" },
            Reason = "FailedScheduling",
            Message = "no node has a replica of volume pvc-1",
            Type = "Warning",
            Source = new() { Component = "stork" },
        }, CancellationToken.None).WaitAsync(Timeout);

        Assert.That(created.Error, Is.Null);
        Assert.That(created.Value!.Metadata.Uid, Is.Not.Null, "the server's answer is read back");
        var stored = Fake.Events.Single();
        Assert.That((string?)stored["metadata"]!["namespace"], Is.EqualTo("apps"));
        Assert.That((string?)stored["involvedObject"]!["kind"], Is.EqualTo("Pod"));
        Assert.That((string?)stored["involvedObject"]!["namespace"], Is.EqualTo("apps"));
        Assert.That((string?)stored["involvedObject"]!["name"], Is.EqualTo("web-0"));
        Assert.That((string?)stored["involvedObject"]!["uid"], Is.EqualTo("pod-uid"));
        Assert.That((string?)stored["reason"], Is.EqualTo("FailedScheduling"));
        Assert.That((string?)stored["type"], Is.EqualTo("Warning"));
        Assert.That((string?)stored["source"]!["component"], Is.EqualTo("stork"));
        Assert.That(Fake.Requests(Events, FakeKubeVerb.Create), Is.EqualTo(1));
    }

    [Test]
    public async Task WatchAsync_MalformedLine_ReportedAsMalformedThenTheNextEvent()
    {
        using var stop = new CancellationTokenSource(Timeout);
        var opened = await Api.WatchAsync(KubeResources.Nodes, Fake.ResourceVersion, 60, stop.Token).WaitAsync(Timeout);
        Assert.That(opened.Error, Is.Null);
        await using var lines = opened.Value!.GetAsyncEnumerator(stop.Token);
        await Fake.WaitForWatchAsync(Nodes, 1, Timeout);

        Fake.InjectMalformedWatchLine();
        var added = Fake.Add(Nodes, Node("node-a"));

        Assert.That(await lines.MoveNextAsync(), Is.True);
        Assert.That(lines.Current.Type, Is.EqualTo(WatchEventType.Malformed));
        Assert.That(await lines.MoveNextAsync(), Is.True);
        Assert.That(lines.Current.Type, Is.EqualTo(WatchEventType.Added));
        Assert.That(lines.Current.Object!.Metadata.Name, Is.EqualTo("node-a"));
        Assert.That(lines.Current.ResourceVersion, Is.EqualTo((string?)added["metadata"]!["resourceVersion"]));
    }
}
