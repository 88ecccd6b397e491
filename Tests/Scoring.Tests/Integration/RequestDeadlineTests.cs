using System.Diagnostics;
using System.Net;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>One deadline per extender request (<c>--request-deadline</c>): with the API server answering the
/// read of an uncached claim after 10 s, filter and prioritize answer within the deadline as for an unreadable
/// claim (all nodes pass, default scores), naming the deadline, and count it.</summary>
internal sealed class RequestDeadlineTests
{
    private static readonly TimeSpan SlowApi = TimeSpan.FromSeconds(10);

    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        server = await ScoringServer.StartPortworxAsync(Seed, "--request-deadline", "300ms");
        server.Kube.Delay = SlowApi;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        server.Kube.Delay = TimeSpan.Zero;
        await server.DisposeAsync();
    }

    [Test]
    public async Task Filter_UncachedClaimOnASlowApi_AllPassWithinTheDeadlineNamingIt()
    {
        var elapsed = Stopwatch.StartNew();
        using var answer = await server.PostAsync("/filter", NodeNamesForm(Pod("db-0", "not-cached-yet"), AllNodes));
        var result = FilterResult(await answer.Content.ReadAsStringAsync());

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(elapsed.Elapsed, Is.LessThan(SlowApi / 2), "answered well before the API did");
        Assert.That(result["NodeNames"]!.AsArray().Select(n => (string)n!), Is.EqualTo(AllNodes));
        Assert.That(await DeadlinesCountedAsync("filter"), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Prioritize_UncachedClaimOnASlowApi_DefaultScoresWithinTheDeadline()
    {
        var elapsed = Stopwatch.StartNew();
        using var answer = await server.PostAsync("/prioritize", NodeNamesForm(Pod("db-0", "not-cached-yet"), AllNodes));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(elapsed.Elapsed, Is.LessThan(SlowApi / 2), "answered well before the API did");
        Assert.That(Scores(await answer.Content.ReadAsStringAsync()).Values, Is.All.EqualTo(5));
        Assert.That(await DeadlinesCountedAsync("prioritize"), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Explain_UncachedClaimOnASlowApi_ReasonNamesTheDeadline()
    {
        using var answer = await server.PostAsync("/explain", NodeNamesForm(Pod("db-0", "not-cached-yet"), AllNodes), "text/plain");

        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("request deadline of 0.3 s"));
    }

    private async Task<double> DeadlinesCountedAsync(string verb)
    {
        var text = await server.Client.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(l => l.StartsWith("stork_extender_deadline_exceeded_total{", StringComparison.Ordinal) && l.Contains($"verb=\"{verb}\"", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .Sum();
    }
}
