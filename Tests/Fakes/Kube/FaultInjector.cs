namespace Stork.Tests.Fakes.Kube;

/// <summary>The faults a test has asked for: failing answers, forced 410 watches and slowness.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private readonly List<FailureRule> _rules = [];
    private int _expireNextWatches;
    private long _delayTicks;

    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(ref _delayTicks, value.Ticks);
    }

    public void FailNext(string? path, FakeKubeVerb? verb, int statusCode, int count, int? retryAfterSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_lock)
        {
            _rules.Add(new FailureRule(path, verb, statusCode, retryAfterSeconds, count));
        }
    }

    /// <summary>The failure this request must get, if any; each use counts down its rule.</summary>
    public FailureRule? TakeFailure(KubeRoute route, FakeKubeVerb verb, string requestPath)
    {
        lock (_lock)
        {
            var rule = _rules.FirstOrDefault(r => r.Matches(route, verb, requestPath));
            if (rule is not null && --rule.Remaining == 0)
            {
                _rules.Remove(rule);
            }

            return rule;
        }
    }

    public void ExpireNextWatches(int count) => Interlocked.Add(ref _expireNextWatches, count);

    /// <summary>True when this watch must be answered with 410 whatever its resourceVersion.</summary>
    public bool TakeWatchExpiry()
    {
        while (true)
        {
            var left = Volatile.Read(ref _expireNextWatches);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _expireNextWatches, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
