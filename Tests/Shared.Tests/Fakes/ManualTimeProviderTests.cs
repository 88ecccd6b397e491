using Stork.Tests.Fakes.Time;

namespace Stork.Shared.Tests.Fakes;

[TestFixture]
internal sealed class ManualTimeProviderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Test]
    public async Task Delay_ClockAdvancedPastDueTime_Completes()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var delay = Task.Delay(TimeSpan.FromSeconds(5), clock);

        clock.Advance(TimeSpan.FromSeconds(4));
        var earlyDone = delay.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(Timeout);

        Assert.That(earlyDone, Is.False);
        Assert.That(clock.GetUtcNow() - start, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void Advance_PeriodicTimer_FiresOncePerPeriodPassed()
    {
        var clock = new ManualTimeProvider();
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));

        Assert.That(fired, Is.EqualTo(3));
    }
}
