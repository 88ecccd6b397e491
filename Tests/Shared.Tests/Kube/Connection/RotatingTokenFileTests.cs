using Stork.Shared.Kube.Connection;
using Stork.Tests.Fakes.Time;

namespace Stork.Shared.Tests.Kube.Connection;

[TestFixture]
internal sealed class RotatingTokenFileTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [TestCase(59, "old")]
    [TestCase(60, "new")]
    [TestCase(600, "new")]
    public async Task GetAuthenticationHeaderAsync_FileRewritten_ReReadOnlyOnceTheCopyIsAMinuteOld(int secondsLater, string expected)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("token", "old\n");
        var clock = new ManualTimeProvider();
        var tokens = new RotatingTokenFile(path, clock);
        var first = await tokens.GetAuthenticationHeaderAsync(CancellationToken.None).WaitAsync(Timeout);

        directory.Write("token", "new\n");
        clock.Advance(TimeSpan.FromSeconds(secondsLater));
        var later = await tokens.GetAuthenticationHeaderAsync(CancellationToken.None).WaitAsync(Timeout);

        Assert.That((first.Scheme, first.Parameter), Is.EqualTo(("Bearer", "old")));
        Assert.That(later.Parameter, Is.EqualTo(expected));
    }
}
