using System.Diagnostics;
using System.Globalization;
using Stork.Tests.Fakes.Kube;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>The cache miss and the API read behind it, against the fake API server: a PVC created a moment before
/// its pod is found by one read; an API server that is slow, failing or gone admits the pod unchanged within the
/// admission deadline, as outcome <c>error</c>, never a 500.</summary>
public sealed class ClusterLookupTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    /// <summary>Well above the deadline, well below what the API client would take without it (its retries, a
    /// 30 s request timeout, the fake's one-minute delay).</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    public enum ApiFault
    {
        Slow,
        Failing,
        Down,
    }

    /// <summary>The PVC watch is live, then cut and kept from reconnecting, so the PVC added next reaches the
    /// webhook only through its one read.</summary>
    [TestCase(true, "mutated", TestName = "Mutate_PvcCreatedJustBeforePodWatchBehind_FoundByOneApiRead")]
    [TestCase(false, "not-driver", TestName = "Mutate_PvcNeitherInCacheNorApi_NotDriverAfterOneApiRead")]
    public async Task Mutate_PvcMissingFromCache_OneApiRead(bool created, string expected)
    {
        await using var server = await WebhookServer.StartAsync();
        await server.Api.WaitForWatchAsync(GoldenCluster.Claims, 1, WebhookServer.Timeout);
        server.Api.FailNext(GoldenCluster.Claims, 500, count: 1000, verb: FakeKubeVerb.Watch);
        server.Api.DropWatchConnections();
        if (created)
        {
            server.Api.Add("/api/v1/namespaces/default/persistentvolumeclaims", """{"metadata":{"name":"data-db-0"},"spec":{"storageClassName":"px-db"}}""");
        }

        var answer = await server.AdmitAsync(Reviews.WithClaim("data-db-0"));
        var metrics = await server.ScrapeAsync();

        Assert.That(Reviews.Outcome(answer), Is.EqualTo(expected));
        Assert.That(answer["response"]!["patch"] is not null, Is.EqualTo(created));
        Assert.That(server.Api.Requests(GoldenCluster.Claims, FakeKubeVerb.Get), Is.EqualTo(1));
        Assert.That(metrics["stork_webhook_cache_miss_reads_total"].Value("stork_webhook_cache_miss_reads_total"), Is.EqualTo(1));
        Assert.That(metrics["stork_webhook_admissions_total"].Value("stork_webhook_admissions_total", ("outcome", expected)), Is.EqualTo(1));
    }

    [TestCase(ApiFault.Slow, TestName = "Mutate_ApiServerSlowerThanDeadline_AdmittedUnchangedWithinDeadline")]
    [TestCase(ApiFault.Failing, TestName = "Mutate_ApiServerAnswering500_AdmittedUnchangedWithinDeadline")]
    [TestCase(ApiFault.Down, TestName = "Mutate_ApiServerDown_AdmittedUnchangedWithinDeadline")]
    public async Task Mutate_ApiServerUnavailable_AdmittedUnchangedWithinDeadline(ApiFault fault)
    {
        await using var server = await WebhookServer.StartAsync("--admission-deadline", Deadline.ToString("c", CultureInfo.InvariantCulture));
        await BreakAsync(server, fault);

        var started = Stopwatch.GetTimestamp();
        var answer = await server.AdmitAsync(Reviews.WithClaim("data-db-0"));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var metrics = await server.ScrapeAsync();

        Assert.That(Reviews.Outcome(answer), Is.EqualTo("error"));
        Assert.That((bool?)answer["response"]!["allowed"], Is.True);
        Assert.That(answer["response"]!["patch"], Is.Null);
        Assert.That(elapsed, Is.LessThan(Deadline + Slack));
        Assert.That(metrics["stork_webhook_admissions_total"].Value("stork_webhook_admissions_total", ("outcome", "error")), Is.EqualTo(1));
    }

    private static async Task BreakAsync(WebhookServer server, ApiFault fault)
    {
        switch (fault)
        {
            case ApiFault.Slow:
                server.Api.Delay = TimeSpan.FromMinutes(1);
                break;
            case ApiFault.Failing:
                server.Api.FailNext(GoldenCluster.Claims, 500, count: 1000, verb: FakeKubeVerb.Get);
                break;
            default:
                await server.StopApiAsync();
                break;
        }
    }
}
