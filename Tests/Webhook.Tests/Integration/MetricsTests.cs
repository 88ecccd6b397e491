using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary><c>/metrics</c> of the running webhook: valid Prometheus text with the admissions by outcome, their
/// latency and the caches' objects.</summary>
public sealed class MetricsTests
{
    [Test]
    public async Task Metrics_AfterAdmissions_ParsesWithCountsByOutcome()
    {
        await using var server = await WebhookServer.StartAsync();
        await server.AdmitAsync(Reviews.WithClaim("web"));
        await server.AdmitAsync(Reviews.WithClaim("logs"));
        await server.AdmitAsync(Reviews.Load("update-pod"));

        var metrics = await server.ScrapeAsync();

        var admissions = metrics["stork_webhook_admissions_total"];
        Assert.That(admissions.Type, Is.EqualTo("counter"));
        Assert.That(admissions.Value("stork_webhook_admissions_total", ("outcome", "mutated")), Is.EqualTo(1));
        Assert.That(admissions.Value("stork_webhook_admissions_total", ("outcome", "not-driver")), Is.EqualTo(1));
        Assert.That(admissions.Value("stork_webhook_admissions_total", ("outcome", "not-pod-create")), Is.EqualTo(1));
        Assert.That(
            metrics["stork_webhook_admission_duration_seconds"].Value("stork_webhook_admission_duration_seconds_count", ("outcome", "mutated")),
            Is.EqualTo(1));
        Assert.That(metrics["stork_cache_objects"].Value("stork_cache_objects", ("resource", "persistentvolumeclaims")), Is.EqualTo(3));
    }
}
