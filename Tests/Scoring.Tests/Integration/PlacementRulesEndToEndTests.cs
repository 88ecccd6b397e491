using System.Net;
using System.Text.Json.Nodes;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>A few of Stork's placement rules through the real service, the caches and the SDK (the rules
/// themselves are unit-tested in Placement/).</summary>
internal sealed class PlacementRulesEndToEndTests
{
    private const string PreferLocalNodeOnly = "stork.libopenstorage.org/preferLocalNodeOnly";

    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartPortworxAsync(Seed);

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Prioritize_NodeNames_ReplicaOverRackOverZoneOverRegion()
    {
        var scores = await PrioritizeAsync(Pod("db-0", DataClaim), AllNodes);

        Assert.That(scores, Is.EqualTo(DataScores));
        Assert.That(
            scores.OrderByDescending(s => s.Value).Select(s => s.Key),
            Is.EqualTo(new[] { A1, A2, A3, B1, C1, NoPortworx }),
            "replica node > same rack > same zone > same region > elsewhere > no Portworx");
    }

    /// <summary>The extender API's 0-10 range: replica 10, rack 6, zone 3, region 1, default and no Portworx 0.</summary>
    [Test]
    public async Task Prioritize_NormalizedScale_SameOrderingFromZeroToTen()
    {
        await using var normalized = await ScoringServer.StartPortworxAsync(Seed, "--score-scale", "normalized");
        using var answer = await normalized.PostAsync("/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(
            Scores(await answer.Content.ReadAsStringAsync()),
            Is.EqualTo(new Dictionary<string, int> { [A1] = 10, [A2] = 6, [A3] = 3, [B1] = 1, [C1] = 0, [NoPortworx] = 0 }));
    }

    [Test]
    public async Task Filter_PendingImmediateClaim_CannotScheduleWithReasonOnEveryNode()
    {
        var result = await FilterAsync(Pod("db-0", DataClaim, PendingClaim), AllNodes);

        Assert.That(PassedNames(result), Is.Empty);
        Assert.That(FailedNodes(result).Keys, Is.EquivalentTo(AllNodes));
        Assert.That(FailedNodes(result).Values, Has.All.Contains("Waiting for PVC to be bound").And.All.Contains("db/pending"));
    }

    [Test]
    public async Task Filter_MissingClaim_CannotScheduleNamingTheClaim()
    {
        var result = await FilterAsync(Pod("db-0", DataClaim, "missing"), AllNodes);

        Assert.That(PassedNames(result), Is.Empty);
        Assert.That(FailedNodes(result).Keys, Is.EquivalentTo(AllNodes));
        Assert.That(FailedNodes(result).Values, Has.All.Contains("Unable to find PVC db/missing"));
    }

    [Test]
    public async Task Filter_PreferLocalNodeOnly_KeepsOnlyTheReplicaNode()
    {
        var pod = Pod("db-0", new Dictionary<string, string> { [PreferLocalNodeOnly] = "true" }, DataClaim);

        var result = await FilterAsync(pod, AllNodes);

        Assert.That(PassedNames(result), Is.EqualTo(new[] { A1 }));
        var failed = FailedNodes(result);
        Assert.That(failed.Keys, Is.EquivalentTo(new[] { A2, A3, B1, C1, NoPortworx }));
        Assert.That(failed[A2], Does.Contain("preferLocalNodeOnly").And.Contain("PVC db/data").And.Contain(A1));
    }

    [Test]
    public async Task FilterAndPrioritize_NoPortworxVolume_AllPassAllScoreFive()
    {
        var pod = Pod("web-0", LocalPathClaim);

        var result = await FilterAsync(pod, AllNodes);
        var scores = await PrioritizeAsync(pod, AllNodes);

        Assert.That(PassedNames(result), Is.EqualTo(AllNodes));
        Assert.That(FailedNodes(result), Is.Empty);
        Assert.That(scores, Is.EqualTo(AllNodes.ToDictionary(n => n, _ => 5)));
    }

    /// <summary>A Pending WaitForFirstConsumer claim is a Portworx volume without replicas yet: every node
    /// running Portworx passes (rule 9 still drops the node without Portworx), and nothing is scored yet.</summary>
    [Test]
    public async Task FilterAndPrioritize_PendingWaitForFirstConsumerClaim_EveryPortworxNodePasses()
    {
        var pod = Pod("db-1", WffcClaim);

        var result = await FilterAsync(pod, AllNodes);
        var scores = await PrioritizeAsync(pod, AllNodes);

        Assert.That(PassedNames(result), Is.EqualTo(StorageNodes));
        Assert.That(FailedNodes(result).Keys, Is.EqualTo(new[] { NoPortworx }));
        Assert.That(scores, Is.EqualTo(AllNodes.ToDictionary(n => n, _ => 5)));
    }

    private async Task<JsonObject> FilterAsync(JsonObject pod, IEnumerable<string> nodes)
    {
        using var answer = await server.PostAsync("/filter", NodeNamesForm(pod, nodes));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return FilterResult(await answer.Content.ReadAsStringAsync());
    }

    private async Task<Dictionary<string, int>> PrioritizeAsync(JsonObject pod, IEnumerable<string> nodes)
    {
        using var answer = await server.PostAsync("/prioritize", NodeNamesForm(pod, nodes));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return Scores(await answer.Content.ReadAsStringAsync());
    }
}
