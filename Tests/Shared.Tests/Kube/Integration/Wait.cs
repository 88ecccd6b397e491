namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>Bounded waits for conditions the fake API server cannot signal (the client side's state).</summary>
internal static class Wait
{
    /// <summary>The bound of every await in these tests.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Re-checks <paramref name="condition"/> every few milliseconds, calling <paramref name="pump"/>
    /// (e.g. advancing a manual clock) before each re-check; fails the test after <see cref="Timeout"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, string description, Action? pump = null)
    {
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"timed out after {Timeout} waiting for {description}");
            }

            pump?.Invoke();
            await Task.Delay(PollInterval);
        }
    }
}
