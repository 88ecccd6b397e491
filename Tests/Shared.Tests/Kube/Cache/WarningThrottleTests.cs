using Stork.Shared.Kube.Cache;
using Stork.Tests.Fakes.Time;

namespace Stork.Shared.Tests.Kube.Cache;

internal sealed class WarningThrottleTests
{
    [Test]
    public void TryPass_WithinTheInterval_HeldBackAndCountedInTheNextOne()
    {
        var clock = new ManualTimeProvider();
        var throttle = new WarningThrottle(clock, TimeSpan.FromSeconds(10));

        var first = (throttle.TryPass(out var none), none);
        clock.Advance(TimeSpan.FromSeconds(9));
        var held = new[] { throttle.TryPass(out _), throttle.TryPass(out _) };
        clock.Advance(TimeSpan.FromSeconds(1));
        var next = (throttle.TryPass(out var suppressed), suppressed);

        Assert.That(first, Is.EqualTo((true, 0)));
        Assert.That(held, Is.All.False);
        Assert.That(next, Is.EqualTo((true, 2)));
    }
}
