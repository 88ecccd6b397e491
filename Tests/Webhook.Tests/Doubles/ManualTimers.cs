namespace Stork.Webhook.Tests.Doubles;

/// <summary>System time, but timers only fire when the test calls <see cref="FireAll"/>.</summary>
internal sealed class ManualTimers : TimeProvider
{
    private readonly List<(TimerCallback Callback, object? State, TimeSpan Period)> timers = [];

    public IReadOnlyList<TimeSpan> Periods
    {
        get
        {
            lock (timers)
            {
                return [.. timers.Select(t => t.Period)];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (timers)
        {
            timers.Add((callback, state, period));
        }

        return new NeverFiring();
    }

    public void FireAll()
    {
        List<(TimerCallback Callback, object? State, TimeSpan Period)> due;
        lock (timers)
        {
            due = [.. timers];
        }

        due.ForEach(t => t.Callback(t.State));
    }

    private sealed class NeverFiring : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
