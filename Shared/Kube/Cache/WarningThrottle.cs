namespace Stork.Shared.Kube.Cache;

/// <summary>Lets one warning through per interval and counts the ones it held back, so a stream of bad
/// objects cannot flood the log. Used by one informer loop at a time (not thread-safe).</summary>
internal sealed class WarningThrottle(TimeProvider time, TimeSpan interval)
{
    private long? lastPassed;
    private int held;

    /// <summary>True when this warning may be written; <paramref name="suppressed"/> is how many were held back before it.</summary>
    public bool TryPass(out int suppressed)
    {
        var now = time.GetTimestamp();
        if (lastPassed is { } last && time.GetElapsedTime(last, now) < interval)
        {
            held++;
            suppressed = 0;
            return false;
        }

        suppressed = held;
        held = 0;
        lastPassed = now;
        return true;
    }
}
