using System.Net;
using System.Text.Json.Nodes;
using Stork.Tests.Fakes.Portworx;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>The service against a Portworx SDK that is down, slow or recovering: it never fails the
/// scheduling attempt, never makes kube-scheduler wait past its extender timeout, and returns to
/// locality scores once the SDK answers again.</summary>
internal sealed class PortworxDriverFaultTests
{
    /// <summary>kube-scheduler's default extender <c>httpTimeout</c>; the driver's deadline is 2 s.</summary>
    private static readonly TimeSpan SchedulerExtenderTimeout = TimeSpan.FromSeconds(5);

    private static readonly Dictionary<string, int> AllFive = AllNodes.ToDictionary(n => n, _ => 5);

    [TestCase(false)]
    [TestCase(true)]
    public async Task FilterAndPrioritize_SdkDownBeforeAnyData_AllNodesPassAndScoreFive(bool dropConnections)
    {
        await using var server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
        {
            Seed(kube, sdk);
            BreakSdk(sdk, dropConnections);
        });
        var pod = Pod("db-0", DataClaim);

        var filter = FilterResult(await PostAsync(server, "/filter", pod));
        var scores = Scores(await PostAsync(server, "/prioritize", pod));

        Assert.That(PassedNames(filter), Is.EqualTo(AllNodes));
        Assert.That(FailedNodes(filter), Is.Empty);
        Assert.That(scores, Is.EqualTo(AllFive));
    }

    [Test]
    public async Task FilterAndPrioritize_SdkSlowerThanDeadline_AnswerWithinSchedulerTimeout()
    {
        await using var server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
        {
            Seed(kube, sdk);
            sdk.Delay = TimeSpan.FromSeconds(10);
        });
        var pod = Pod("db-0", DataClaim);

        var filter = FilterResult(await PostAsync(server, "/filter", pod).WaitAsync(SchedulerExtenderTimeout));
        var scores = Scores(await PostAsync(server, "/prioritize", pod).WaitAsync(SchedulerExtenderTimeout));

        Assert.That(PassedNames(filter), Is.EqualTo(AllNodes));
        Assert.That(scores, Is.EqualTo(AllFive));
        Assert.That(server.Sdk.CallCount(FakePortworxSdkServer.NodesPath), Is.Positive);
    }

    [Test]
    public async Task Prioritize_SdkRecovers_ScoresReturnToLocality()
    {
        await using var server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
        {
            Seed(kube, sdk);
            sdk.FailStatus = 503;
        });
        var pod = Pod("db-0", DataClaim);
        Assert.That(Scores(await PostAsync(server, "/prioritize", pod)), Is.EqualTo(AllFive));

        server.Sdk.Recover();

        // The circuit breaker may hold calls back for its break duration (10 s) before a trial call.
        var scores = await PollAsync(server, pod, scores => scores[A1] != 5);
        Assert.That(scores, Is.EqualTo(DataScores));
    }

    /// <summary>A PV change makes the service ask the SDK again; while the SDK is down it keeps scoring
    /// with the last good answers (nodes and volume) instead of falling back to default scores.</summary>
    [Test]
    public async Task Prioritize_SdkDownAfterGoodData_ServesLastGoodData()
    {
        await using var server = await ScoringServer.StartPortworxAsync(Seed);
        var pod = Pod("db-0", DataClaim);
        Assert.That(Scores(await PostAsync(server, "/prioritize", pod)), Is.EqualTo(DataScores));
        var volumePath = FakePortworxSdkServer.VolumeInspectPrefix + DataVolumeId;
        var asked = server.Sdk.CallCount(volumePath);

        server.Sdk.FailStatus = 503;
        var volume = server.Kube.Get("/api/v1/persistentvolumes", null, "pv-data")!.DeepClone().AsObject();
        volume["metadata"]!["labels"] = new JsonObject { ["backup"] = "nightly" };
        server.Kube.Update("/api/v1/persistentvolumes", volume);

        var scores = await PollAsync(server, pod, scores => scores[A1] != 100 || server.Sdk.CallCount(volumePath) > asked);
        Assert.That(scores, Is.EqualTo(DataScores));
        Assert.That(Scores(await PostAsync(server, "/prioritize", pod)), Is.EqualTo(DataScores));
    }

    /// <summary>Prioritizes until <paramref name="done"/> holds for the scores (bounded); returns the last scores.</summary>
    private static async Task<Dictionary<string, int>> PollAsync(ScoringServer server, JsonObject pod, Func<Dictionary<string, int>, bool> done)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var scores = Scores(await PostAsync(server, "/prioritize", pod));
            if (done(scores))
            {
                return scores;
            }

            await Task.Delay(100, deadline.Token);
        }
    }

    private static void BreakSdk(FakePortworxSdkServer sdk, bool dropConnections)
    {
        if (dropConnections)
        {
            sdk.AbortConnections = true;
        }
        else
        {
            sdk.FailStatus = 503;
        }
    }

    private static async Task<string> PostAsync(ScoringServer server, string path, JsonObject pod)
    {
        using var answer = await server.PostAsync(path, NodeNamesForm(pod, AllNodes));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await answer.Content.ReadAsStringAsync();
    }
}
