using System.Net;
using System.Text.Json.Nodes;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>The <c>NonOptimumScheduling</c> warning: recorded through the API server when no candidate
/// holds a replica, once per pod however often kube-scheduler retries.</summary>
internal sealed class NonOptimumEventTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly string[] WithoutReplicaNode = [A2, A3, B1, C1, NoPortworx];

    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartPortworxAsync(Seed);

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Prioritize_NoCandidateHoldsReplica_RecordsOneWarningOnThePod()
    {
        var pod = Pod("db-0", DataClaim);

        await PrioritizeAsync(pod, WithoutReplicaNode);
        await server.Kube.WaitUntilAsync(() => EventsAbout("db-0").Length == 1, Timeout, "an event about db-0");

        var recorded = EventsAbout("db-0").Single();
        Assert.Multiple(() =>
        {
            Assert.That((string?)recorded["type"], Is.EqualTo("Warning"));
            Assert.That((string?)recorded["reason"], Is.EqualTo("NonOptimumScheduling"));
            Assert.That((string?)recorded["metadata"]!["namespace"], Is.EqualTo(Namespace));
            Assert.That((string?)recorded["involvedObject"]!["kind"], Is.EqualTo("Pod"));
            Assert.That((string?)recorded["involvedObject"]!["uid"], Is.EqualTo((string?)pod["metadata"]!["uid"]));
            Assert.That((string?)recorded["message"], Does.Contain("PVC db/data").And.Contain(A1));
        });
    }

    /// <summary>Events are sent in order by one background sender, so once the event of a later pod
    /// arrived, a second event for the first pod would have arrived before it.</summary>
    [Test]
    public async Task Prioritize_SameRequestRepeated_RecordsNoSecondEvent()
    {
        var pod = Pod("db-1", DataClaim);
        await PrioritizeAsync(pod, WithoutReplicaNode);
        await server.Kube.WaitUntilAsync(() => EventsAbout("db-1").Length == 1, Timeout, "an event about db-1");

        await PrioritizeAsync(pod, WithoutReplicaNode);
        await PrioritizeAsync(pod, WithoutReplicaNode);
        await PrioritizeAsync(Pod("db-2", DataClaim), WithoutReplicaNode);
        await server.Kube.WaitUntilAsync(() => EventsAbout("db-2").Length == 1, Timeout, "an event about db-2");

        Assert.That(EventsAbout("db-1"), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Prioritize_ReplicaNodeAmongCandidates_RecordsNoEvent()
    {
        await PrioritizeAsync(Pod("db-3", DataClaim), AllNodes);
        await PrioritizeAsync(Pod("db-4", DataClaim), WithoutReplicaNode);
        await server.Kube.WaitUntilAsync(() => EventsAbout("db-4").Length == 1, Timeout, "an event about db-4");

        Assert.That(EventsAbout("db-3"), Is.Empty);
    }

    private JsonObject[] EventsAbout(string pod) =>
        [.. server.Kube.Events.Where(e => (string?)e["involvedObject"]?["name"] == pod)];

    private async Task PrioritizeAsync(JsonObject pod, IEnumerable<string> nodes)
    {
        using var answer = await server.PostAsync("/prioritize", NodeNamesForm(pod, nodes));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
