namespace Stork.Tests.Fakes.Time;

/// <summary>A timer of <see cref="ManualTimeProvider"/>.</summary>
internal sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
{
    private TimeSpan _period = Timeout.InfiniteTimeSpan;

    internal DateTimeOffset DueAt { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        owner.Schedule(this, dueTime);
        return true;
    }

    public void Dispose() => owner.Cancel(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void Fire()
    {
        if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
        {
            owner.Schedule(this, _period);
        }

        callback(state);
    }
}
