namespace Stork.Shared.Kube.Cache;

/// <summary>Exponential backoff with "equal jitter": half the delay is fixed, half random (pure).</summary>
internal static class Backoff
{
    /// <param name="attempt">Consecutive failures so far, from 1.</param>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan Delay(TimeSpan initial, TimeSpan max, int attempt, double random)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var ceiling = Math.Min(max.Ticks, initial.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)((ceiling / 2) + (ceiling / 2 * random)));
    }
}
