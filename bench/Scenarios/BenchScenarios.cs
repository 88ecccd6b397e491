namespace Stork.Bench.Scenarios;

/// <summary>Every scenario the dispatcher knows; a new one is a class here and a line below.</summary>
internal static class BenchScenarios
{
    public static readonly IReadOnlyList<IBenchScenario> All =
    [
        new CacheSyncScenario(),
        new ExtenderScenario(),
        new WebhookScenario(),
        new FootprintScenario(),
        new SoakScenario(),
    ];
}
