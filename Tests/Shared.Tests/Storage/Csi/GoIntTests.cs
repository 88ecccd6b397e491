using Stork.Shared.Storage.Csi;

namespace Stork.Shared.Tests.Storage.Csi;

internal sealed class GoIntTests
{
    [TestCase("0", 0L)]
    [TestCase("42", 42L)]
    [TestCase("+42", 42L)]
    [TestCase("-42", -42L)]
    [TestCase("007", 7L)]
    [TestCase("9223372036854775807", long.MaxValue)]
    [TestCase("-9223372036854775808", long.MinValue)]
    public void TryParse_GoInteger_ReturnsValue(string text, long expected)
    {
        Assert.That(GoInt.TryParse(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("+")]
    [TestCase("-")]
    [TestCase(" 1")]
    [TestCase("1 ")]
    [TestCase("1\0")]
    [TestCase("1_000")]
    [TestCase("0x10")]
    [TestCase("1.0")]
    [TestCase("1e3")]
    [TestCase("--1")]
    [TestCase("9223372036854775808")]
    [TestCase("١")]
    public void TryParse_NotAGoInteger_ReturnsFalse(string? text) =>
        Assert.That(GoInt.TryParse(text, out _), Is.False);
}
