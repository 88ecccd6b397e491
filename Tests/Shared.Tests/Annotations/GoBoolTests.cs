using Stork.Shared.Annotations;

namespace Stork.Shared.Tests.Annotations;

internal sealed class GoBoolTests
{
    [TestCase("1", true)]
    [TestCase("t", true)]
    [TestCase("T", true)]
    [TestCase("TRUE", true)]
    [TestCase("true", true)]
    [TestCase("True", true)]
    [TestCase("0", false)]
    [TestCase("f", false)]
    [TestCase("F", false)]
    [TestCase("FALSE", false)]
    [TestCase("false", false)]
    [TestCase("False", false)]
    public void Parse_GoBooleanSpelling_ReturnsValue(string text, bool expected) =>
        Assert.That(GoBool.Parse(text), Is.EqualTo(expected));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("yes")]
    [TestCase("tRUE")]
    [TestCase(" true")]
    [TestCase("2")]
    public void Parse_NotAGoBoolean_ReturnsNull(string? text) =>
        Assert.That(GoBool.Parse(text), Is.Null);
}
