using System.Net;
using Stork.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Monitoring;

/// <summary>overlays/monitoring: a PodMonitor per service that reaches its /metrics, and alerts whose
/// expressions read only metrics the real services export, scraped after the traffic and faults that make
/// each series appear (an admission, filter and prioritize calls, a failing SDK, expired watches).</summary>
internal sealed class MonitoringTests
{
    /// <summary>Prometheus' own series for each scrape target.</summary>
    private const string PrometheusUp = "up";

    private Rendering rendering = null!;
    private IReadOnlySet<string> exported = null!;

    [OneTimeSetUp]
    public async Task RenderAndScrapeAsync()
    {
        rendering = await Kustomize.BuildManifestsAsync("overlays/monitoring");
        await using var services = await LiveServices.StartAsync(MonitoredCluster.Seed);
        (await LiveServices.PostJsonAsync(services.Webhook, CodeContract.WebhookPath, MonitoredCluster.AdmissionReview())).Dispose();
        (await LiveServices.PostJsonAsync(services.Scoring, "/" + CodeContract.FilterVerb, MonitoredCluster.ExtenderArgs(MonitoredCluster.DataClaim))).Dispose();
        (await LiveServices.PostJsonAsync(services.Scoring, "/" + CodeContract.PrioritizeVerb, MonitoredCluster.ExtenderArgs(MonitoredCluster.DataClaim))).Dispose();
        services.Sdk.FailStatus = (int)HttpStatusCode.InternalServerError;
        (await LiveServices.PostJsonAsync(services.Scoring, "/" + CodeContract.PrioritizeVerb, MonitoredCluster.ExtenderArgs(MonitoredCluster.LogsClaim))).Dispose();
        services.Kube.ExpireWatches();
        var webhook = await LiveServices.ScrapeUntilAsync(services.Webhook, n => n.Contains("stork_cache_relists_total"));
        var scoring = await LiveServices.ScrapeUntilAsync(services.Scoring, n => n.Contains("stork_cache_relists_total"));
        exported = webhook.Union(scoring).ToHashSet(StringComparer.Ordinal);
    }

    [TestCase(Names.Webhook, Names.WebhookContainer, "stork-webhook", "https")]
    [TestCase(Names.Scheduler, Names.ScoringContainer, "stork-scoring", "http")]
    public void PodMonitor_SelectsTheServicePods_OnThePortServingMetrics(string deployment, string container, string monitor, string scheme)
    {
        var spec = rendering.One("PodMonitor", monitor).At("spec");
        var endpoint = spec.Items("podMetricsEndpoints").Single();
        var serving = Pods.Container(rendering, deployment, container);
        Assert.Multiple(() =>
        {
            Assert.That(Pods.Selects(spec.At("selector.matchLabels"), Pods.Labels(rendering, deployment)), Is.True);
            Assert.That(serving.Items("ports").Select(p => p.Str("name")), Does.Contain(endpoint.Str("port")));
            Assert.That(endpoint.Str("path"), Is.EqualTo("/metrics"));
            Assert.That(endpoint.StrOrNull("scheme") ?? "http", Is.EqualTo(scheme));
            Assert.That(rendering.One("PodMonitor", monitor).Str("metadata.namespace"), Is.EqualTo(Names.InstallNamespace));
        });
    }

    [Test]
    public void ScoringPodMonitor_Port_IsTheManagementPort() =>
        Assert.That(Pods.ResolvePort(Pods.Container(rendering, Names.Scheduler, Names.ScoringContainer),
            rendering.One("PodMonitor", "stork-scoring").At("spec").Items("podMetricsEndpoints").Single().Str("port")),
            Is.EqualTo(CodeContract.ScoringManagementPort));

    [Test]
    public void PrometheusRule_EveryExpression_ReadsOnlyExportedMetrics()
    {
        Assert.Multiple(() =>
        {
            foreach (var (alert, expression) in Alerts())
            {
                var names = PromQl.MetricNames(expression);
                Assert.That(names, Is.Not.Empty, alert);
                Assert.That(names, Is.SubsetOf(exported.Append(PrometheusUp)), $"{alert}: {expression}");
            }
        });
    }

    [Test]
    public void PrometheusRule_JobLabels_AreThePodMonitorsJobs()
    {
        var jobs = rendering.All("PodMonitor")
            .SelectMany(m => m.At("spec").Items("podMetricsEndpoints"))
            .SelectMany(e => e.ItemsOrEmpty("relabelings"))
            .Where(r => r.StrOrNull("targetLabel") == "job")
            .Select(r => r.Str("replacement"));
        Assert.That(Alerts().SelectMany(a => PromQl.LabelValues(a.Expression, "job")).Distinct(), Is.SubsetOf(jobs));
    }

    /// <summary>Each failure the issue names has an alert reading the metric (and label) that shows it.</summary>
    [TestCase("up", "stork-webhook", Description = "webhook unavailable")]
    [TestCase("stork_webhook_admissions_total", "error", Description = "admissions answered error")]
    [TestCase("stork_extender_request_duration_seconds_count", "bad_request", Description = "extender errors")]
    [TestCase("stork_extender_request_duration_seconds_bucket", "filter|prioritize", Description = "extender slow")]
    [TestCase("stork_driver_cache_age_seconds", "", Description = "storage driver data stale")]
    [TestCase("stork_cache_last_sync_age_seconds", "", Description = "caches not synced")]
    [TestCase("up", "stork-scoring", Description = "scheduler extender unavailable")]
    public void PrometheusRule_HasAnAlertFor(string metric, string labelValue) =>
        Assert.That(Alerts().Any(a => PromQl.MetricNames(a.Expression).Contains(metric) && (labelValue.Length == 0 || a.Expression.Contains($"\"{labelValue}\"", StringComparison.Ordinal))),
            Is.True, $"no alert reads {metric} with \"{labelValue}\"");

    [Test]
    public void PromQl_MetricNames_SkipFunctionsLabelsAndDurations() =>
        Assert.That(PromQl.MetricNames("""histogram_quantile(0.99, sum by (le, verb) (rate(a_bucket{verb=~"x|y"}[5m]))) > 1 unless on (instance) b offset 5m"""),
            Is.EqualTo(new[] { "a_bucket", "b" }));

    private IEnumerable<(string Alert, string Expression)> Alerts() =>
        rendering.One("PrometheusRule", "stork").At("spec").Items("groups")
            .SelectMany(g => g.Items("rules"))
            .Select(r => (r.Str("alert"), r.Str("expr")));
}
