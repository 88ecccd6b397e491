namespace Stork.Shared.Tests.Telemetry;

internal sealed class PrometheusTextParserTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private static readonly string ValidHistogram = Lines(
        "# HELP d_seconds Latency.",
        "# TYPE d_seconds histogram",
        "d_seconds_bucket{op=\"a\",le=\"0.5\"} 1",
        "d_seconds_bucket{op=\"a\",le=\"+Inf\"} 3",
        "d_seconds_sum{op=\"a\"} 2.5",
        "d_seconds_count{op=\"a\"} 3");

    [Test]
    public void Parse_ValidExposition_ReturnsFamiliesWithUnescapedLabels()
    {
        var text = Lines(
            "# HELP c_total A \\\\ counter\\nwith two lines.",
            "# TYPE c_total counter",
            "c_total{path=\"x\\\"y\\\\z\\nw\",code=\"200\"} 5 1700000000000",
            "# a plain comment",
            "# TYPE g gauge",
            "g -1.5e-3",
            "g{x=\"\"} NaN") + ValidHistogram;

        var families = PrometheusTextParser.Parse(text);

        Assert.That(families.Keys, Is.EquivalentTo(new[] { "c_total", "g", "d_seconds" }));
        Assert.That(families["c_total"].Help, Is.EqualTo("A \\ counter\nwith two lines."));
        Assert.That(families["c_total"].Value("c_total", ("code", "200"), ("path", "x\"y\\z\nw")), Is.EqualTo(5));
        Assert.That(families["g"].Value("g"), Is.EqualTo(-0.0015));
        Assert.That(families["g"].Value("g", ("x", "")), Is.NaN);
        Assert.That(families["d_seconds"].Value("d_seconds_count", ("op", "a")), Is.EqualTo(3));
    }

    [Test]
    public void Parse_EmptyText_ReturnsNoFamilies() => Assert.That(PrometheusTextParser.Parse(""), Is.Empty);

    [TestCase("# TYPE g gauge\ng 1", TestName = "Parse_NoFinalLineFeed_Throws")]
    [TestCase("# TYPE g gauge\n\ng 1\n", TestName = "Parse_BlankLine_Throws")]
    [TestCase("# TYPE g gauge\r\ng 1\n", TestName = "Parse_CarriageReturn_Throws")]
    [TestCase("g 1\n", TestName = "Parse_SampleWithoutType_Throws")]
    [TestCase("# HELP g x\ng 1\n", TestName = "Parse_SampleAfterHelpWithoutType_Throws")]
    [TestCase("# HELP g x\n", TestName = "Parse_HelpWithoutType_Throws")]
    [TestCase("# TYPE g gauge\n# TYPE g gauge\ng 1\n", TestName = "Parse_SecondType_Throws")]
    [TestCase("# TYPE g gauge\ng 1\n# HELP g late\n", TestName = "Parse_HelpAfterSamples_Throws")]
    [TestCase("# TYPE g gauge\ng 1\n# TYPE h gauge\nh 1\n# TYPE g gauge\n", TestName = "Parse_FamilyNotContiguous_Throws")]
    [TestCase("# TYPE g widget\ng 1\n", TestName = "Parse_UnknownType_Throws")]
    [TestCase("# TYPE g gauge\nh 1\n", TestName = "Parse_SampleOfAnotherFamily_Throws")]
    [TestCase("# TYPE 1g gauge\n1g 1\n", TestName = "Parse_MetricNameStartingWithDigit_Throws")]
    [TestCase("# TYPE g gauge\ng{1x=\"a\"} 1\n", TestName = "Parse_BadLabelName_Throws")]
    [TestCase("# TYPE g gauge\ng{x=\"a\",x=\"b\"} 1\n", TestName = "Parse_DuplicateLabel_Throws")]
    [TestCase("# TYPE g gauge\ng{x=\"a\",} 1\n", TestName = "Parse_TrailingComma_Throws")]
    [TestCase("# TYPE g gauge\ng{x=\"a\\t\"} 1\n", TestName = "Parse_UnknownEscape_Throws")]
    [TestCase("# TYPE g gauge\ng{x=a} 1\n", TestName = "Parse_UnquotedLabelValue_Throws")]
    [TestCase("# TYPE g gauge\ng one\n", TestName = "Parse_NonNumericValue_Throws")]
    [TestCase("# TYPE g gauge\ng  1\n", TestName = "Parse_DoubleSpace_Throws")]
    [TestCase("# TYPE g gauge\ng 1\ng 2\n", TestName = "Parse_DuplicateSeries_Throws")]
    [TestCase("# TYPE c_total counter\nc_total -1\n", TestName = "Parse_NegativeCounter_Throws")]
    public void Parse_InvalidExposition_Throws(string text) =>
        Assert.That(() => PrometheusTextParser.Parse(text), Throws.TypeOf<FormatException>());

    [TestCase("d_seconds_bucket{op=\"a\",le=\"+Inf\"} 3", "d_seconds_bucket{op=\"a\",le=\"+Inf\"} 4", TestName = "Parse_HistogramInfNotEqualToCount_Throws")]
    [TestCase("d_seconds_bucket{op=\"a\",le=\"0.5\"} 1", "d_seconds_bucket{op=\"a\",le=\"0.5\"} 4", TestName = "Parse_HistogramBucketsNotCumulative_Throws")]
    [TestCase("d_seconds_bucket{op=\"a\",le=\"+Inf\"} 3\n", "", TestName = "Parse_HistogramWithoutInfBucket_Throws")]
    [TestCase("d_seconds_bucket{op=\"a\",le=\"0.5\"} 1", "d_seconds_bucket{op=\"a\",le=\"0.5\"} 0.5", TestName = "Parse_HistogramFractionalBucket_Throws")]
    [TestCase("d_seconds_sum{op=\"a\"} 2.5\n", "", TestName = "Parse_HistogramWithoutSum_Throws")]
    [TestCase("d_seconds_bucket{op=\"a\",le=\"0.5\"} 1\n", "d_seconds_bucket{op=\"a\",le=\"0.5\"} 1\nd_seconds_bucket{op=\"a\",le=\"0.4\"} 1\n", TestName = "Parse_HistogramBoundsNotIncreasing_Throws")]
    [TestCase("d_seconds_count{op=\"a\"} 3", "d_seconds_count{op=\"a\",le=\"1\"} 3", TestName = "Parse_HistogramCountWithLe_Throws")]
    public void Parse_InvalidHistogram_Throws(string line, string replacement) =>
        Assert.That(() => PrometheusTextParser.Parse(ValidHistogram.Replace(line, replacement, StringComparison.Ordinal)), Throws.TypeOf<FormatException>());
}
