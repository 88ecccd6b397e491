using Stork.Shared.Kube.Cache;

namespace Stork.Shared.Tests.Kube.Cache;

internal sealed class BackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [TestCase(1, 0.0, 250)]
    [TestCase(1, 0.999999, 500)]
    [TestCase(2, 0.0, 500)]
    [TestCase(3, 0.0, 1000)]
    [TestCase(7, 0.0, 15000)]
    [TestCase(8, 0.0, 15000)]
    [TestCase(100, 0.999999, 30000)]
    public void Delay_Attempt_DoublesWithJitterUpToMax(int attempt, double random, int expectedMilliseconds) =>
        Assert.That(Backoff.Delay(Initial, Max, attempt, random).TotalMilliseconds, Is.EqualTo(expectedMilliseconds).Within(1));
}
