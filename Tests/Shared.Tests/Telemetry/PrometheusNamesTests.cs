using Stork.Shared.Telemetry;

namespace Stork.Shared.Tests.Telemetry;

internal sealed class PrometheusNamesTests
{
    [TestCase("stork_requests", MetricType.Counter, "stork_requests_total")]
    [TestCase("stork_requests_total", MetricType.Counter, "stork_requests_total")]
    [TestCase("stork.scoring.requests", MetricType.Counter, "stork_scoring_requests_total")]
    [TestCase("stork_cache_objects", MetricType.Gauge, "stork_cache_objects")]
    [TestCase("stork_objects_total", MetricType.Gauge, "stork_objects_total")]
    [TestCase("stork.filter.duration_seconds", MetricType.Histogram, "stork_filter_duration_seconds")]
    [TestCase("stork-x/y z", MetricType.Gauge, "stork_x_y_z")]
    [TestCase("ns:stork_x", MetricType.Gauge, "ns:stork_x")]
    [TestCase("9lives", MetricType.Gauge, "_9lives")]
    [TestCase("", MetricType.Gauge, "_")]
    public void MetricName_InstrumentName_IsValidPrometheusName(string instrument, MetricType type, string expected) =>
        Assert.That(PrometheusNames.MetricName(instrument, type), Is.EqualTo(expected));

    [TestCase("node", "node")]
    [TestCase("k8s.node.name", "k8s_node_name")]
    [TestCase("ns:x", "ns_x")]
    [TestCase("http-status", "http_status")]
    [TestCase("1st", "_1st")]
    public void LabelName_TagKey_IsValidLabelName(string tag, string expected) =>
        Assert.That(PrometheusNames.LabelName(tag), Is.EqualTo(expected));
}
