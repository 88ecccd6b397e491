using Stork.Shared.Json;

namespace Stork.Shared.Tests.Json;

internal sealed class SharedStringsTests
{
    [Test]
    public void Share_ShortValue_IsOneInstance()
    {
        var first = SharedStrings.Share(new string('n', 12));

        Assert.That(ReferenceEquals(SharedStrings.Share(new string('n', 12)), first), Is.True);
    }

    [Test]
    public void Share_LongValue_IsNotPooled()
    {
        var text = new string('x', 65);

        Assert.That(ReferenceEquals(SharedStrings.Share(text), text), Is.True);
        Assert.That(ReferenceEquals(SharedStrings.Share(new string('x', 65)), text), Is.False);
    }
}
