using Stork.Shared.Telemetry;

namespace Stork.Shared.Tests.Telemetry;

internal sealed class PrometheusTextWriterTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    [Test]
    public void Write_CounterWithLabels_WritesHelpTypeAndSamples()
    {
        var family = new MetricFamilySnapshot("stork_requests_total", "Requests served.", MetricType.Counter,
        [
            new([new("code", "200"), new("route", "/filter")], 3),
            new([new("code", "500"), new("route", "/filter")], 1),
        ]);

        Assert.That(PrometheusTextWriter.Write([family]), Is.EqualTo(Lines(
            "# HELP stork_requests_total Requests served.",
            "# TYPE stork_requests_total counter",
            "stork_requests_total{code=\"200\",route=\"/filter\"} 3",
            "stork_requests_total{code=\"500\",route=\"/filter\"} 1")));
    }

    [Test]
    public void Write_GaugeWithoutLabelsOrHelp_WritesTypeAndBareSample()
    {
        var family = new MetricFamilySnapshot("stork_cache_objects", "", MetricType.Gauge, [new([], 42.5)]);

        Assert.That(PrometheusTextWriter.Write([family]), Is.EqualTo(Lines(
            "# TYPE stork_cache_objects gauge",
            "stork_cache_objects 42.5")));
    }

    [Test]
    public void Write_Histogram_WritesCumulativeBucketsEndingInInfSumAndCount()
    {
        var histogram = new HistogramSnapshot([0.005, 0.1, 1], [2, 0, 3, 1], 4.25);
        var family = new MetricFamilySnapshot("stork_filter_duration_seconds", "Filter latency.", MetricType.Histogram,
            [new([new("result", "ok")], 0, histogram)]);

        Assert.That(PrometheusTextWriter.Write([family]), Is.EqualTo(Lines(
            "# HELP stork_filter_duration_seconds Filter latency.",
            "# TYPE stork_filter_duration_seconds histogram",
            "stork_filter_duration_seconds_bucket{result=\"ok\",le=\"0.005\"} 2",
            "stork_filter_duration_seconds_bucket{result=\"ok\",le=\"0.1\"} 2",
            "stork_filter_duration_seconds_bucket{result=\"ok\",le=\"1\"} 5",
            "stork_filter_duration_seconds_bucket{result=\"ok\",le=\"+Inf\"} 6",
            "stork_filter_duration_seconds_sum{result=\"ok\"} 4.25",
            "stork_filter_duration_seconds_count{result=\"ok\"} 6")));
    }

    [Test]
    public void Write_HistogramWithoutLabels_WritesOnlyLeLabel()
    {
        var family = new MetricFamilySnapshot("stork_x_seconds", "", MetricType.Histogram,
            [new([], 0, new HistogramSnapshot([1], [0, 0], 0))]);

        Assert.That(PrometheusTextWriter.Write([family]), Is.EqualTo(Lines(
            "# TYPE stork_x_seconds histogram",
            "stork_x_seconds_bucket{le=\"1\"} 0",
            "stork_x_seconds_bucket{le=\"+Inf\"} 0",
            "stork_x_seconds_sum 0",
            "stork_x_seconds_count 0")));
    }

    [Test]
    public void Write_SpecialCharacters_EscapesLabelValuesAndHelp()
    {
        var family = new MetricFamilySnapshot("stork_x", "Back\\slash \"quoted\"\nsecond line", MetricType.Gauge,
            [new([new("path", "C:\\dir \"a\"\nb")], 1)]);

        Assert.That(PrometheusTextWriter.Write([family]), Is.EqualTo(Lines(
            "# HELP stork_x Back\\\\slash \"quoted\"\\nsecond line",
            "# TYPE stork_x gauge",
            "stork_x{path=\"C:\\\\dir \\\"a\\\"\\nb\"} 1")));
    }

    [TestCase(double.PositiveInfinity, "+Inf")]
    [TestCase(double.NegativeInfinity, "-Inf")]
    [TestCase(double.NaN, "NaN")]
    [TestCase(0d, "0")]
    [TestCase(-2.5, "-2.5")]
    [TestCase(1e21, "1E+21")]
    [TestCase(0.0005, "0.0005")]
    public void FormatValue_Value_UsesPrometheusSpelling(double value, string expected) =>
        Assert.That(PrometheusTextWriter.FormatValue(value), Is.EqualTo(expected));

    [Test]
    public void Write_SeveralFamilies_KeepsTheirOrder()
    {
        MetricFamilySnapshot[] families =
        [
            new("b_total", "", MetricType.Counter, [new([], 1)]),
            new("a", "", MetricType.Gauge, [new([], 2)]),
        ];

        Assert.That(PrometheusTextWriter.Write(families), Is.EqualTo(Lines(
            "# TYPE b_total counter", "b_total 1", "# TYPE a gauge", "a 2")));
    }

    [Test]
    public void Write_NoFamilies_WritesNothing() =>
        Assert.That(PrometheusTextWriter.Write([]), Is.Empty);
}
