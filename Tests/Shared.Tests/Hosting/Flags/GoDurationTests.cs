using Stork.Shared.Hosting.Flags;

namespace Stork.Shared.Tests.Hosting.Flags;

internal sealed class GoDurationTests
{
    [TestCase("2s", 2_000)]
    [TestCase("500ms", 500)]
    [TestCase("1m30s", 90_000)]
    [TestCase("1.5h", 5_400_000)]
    [TestCase(".5s", 500)]
    [TestCase("1h2m3s4ms", 3_723_004)]
    [TestCase("0", 0)]
    [TestCase("+3s", 3_000)]
    [TestCase("-3s", -3_000)]
    public void Parse_GoForms_GivesTheDuration(string text, double milliseconds) =>
        Assert.That(GoDuration.Parse(text), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));

    [TestCase("300us", 3_000)]
    [TestCase("300µs", 3_000)]
    [TestCase("1500ns", 15)]
    public void Parse_SubMillisecondUnits_GivesTicks(string text, long ticks) =>
        Assert.That(GoDuration.Parse(text), Is.EqualTo(TimeSpan.FromTicks(ticks)));

    [TestCase("")]
    [TestCase("2")]
    [TestCase("s")]
    [TestCase("2x")]
    [TestCase("2s3")]
    [TestCase("00:00:02")]
    [TestCase("1..5s")]
    public void Parse_NotGo_IsNull(string text) =>
        Assert.That(GoDuration.Parse(text), Is.Null);

    [TestCase(2_000, "2s")]
    [TestCase(90_000, "1m30s")]
    [TestCase(60_000, "1m")]
    [TestCase(500, "500ms")]
    [TestCase(3_600_000, "1h")]
    [TestCase(0, "0s")]
    public void Format_RoundTripsThroughParse(double milliseconds, string expected)
    {
        var text = GoDuration.Format(TimeSpan.FromMilliseconds(milliseconds));

        Assert.That(text, Is.EqualTo(expected));
        Assert.That(GoDuration.Parse(text), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }
}
