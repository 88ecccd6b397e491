using Stork.Shared.Tests.Telemetry;

namespace Stork.Scoring.Tests.Hyperconvergence;

/// <summary>Reads the placement gauges from a service's <c>/metrics</c>.</summary>
internal static class PlacementMetricsReader
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static double? Pods(IReadOnlyDictionary<string, PrometheusTextParser.Family> families, string placement) =>
        families.TryGetValue("stork_pods_by_placement", out var family) ? family.Value("stork_pods_by_placement", ("placement", placement)) : null;

    public static double? Volumes(IReadOnlyDictionary<string, PrometheusTextParser.Family> families, string level) =>
        families.TryGetValue("stork_volumes_by_placement_level", out var family) ? family.Value("stork_volumes_by_placement_level", ("level", level)) : null;

    /// <summary>Reads <c>/metrics</c> until <paramref name="condition"/> holds; fails with the last body after <see cref="Timeout"/>.</summary>
    public static async Task WaitForAsync(HttpClient client, Func<IReadOnlyDictionary<string, PrometheusTextParser.Family>, bool> condition)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        var body = "";
        while (!deadline.IsCancellationRequested)
        {
            body = await client.GetStringAsync("/metrics", deadline.Token);
            if (condition(PrometheusTextParser.Parse(body)))
            {
                return;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        Assert.Fail("metrics did not reach the expected values:\n" + string.Join('\n', body.Split('\n').Where(l => l.Contains("placement", StringComparison.Ordinal))));
    }

    /// <summary>For what the fakes signal no change of (SDK calls): re-checks every 20 ms up to <see cref="Timeout"/>.</summary>
    public static async Task PollUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (!condition())
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
