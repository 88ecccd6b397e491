using Stork.Shared.Kube.Connection;
using Stork.Tests.Fakes.Time;

namespace Stork.Shared.Tests.Kube.Connection;

[TestFixture]
internal sealed class FileTokenSourceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [TestCase(59, "old")]
    [TestCase(60, "new")]
    [TestCase(600, "new")]
    public async Task GetTokenAsync_FileRewritten_ReReadOnlyOnceTheCopyIsAMinuteOld(int secondsLater, string expected)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("token", "old\n");
        var clock = new ManualTimeProvider();
        var source = new FileTokenSource(path, clock);
        Assert.That(await source.GetTokenAsync(CancellationToken.None).AsTask().WaitAsync(Timeout), Is.EqualTo("old"));

        directory.Write("token", "new\n");
        clock.Advance(TimeSpan.FromSeconds(secondsLater));

        Assert.That(await source.GetTokenAsync(CancellationToken.None).AsTask().WaitAsync(Timeout), Is.EqualTo(expected));
    }
}
