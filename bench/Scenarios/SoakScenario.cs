using Stork.Bench.Reporting;
using Stork.Bench.Scenarios.Soak;

namespace Stork.Bench.Scenarios;

/// <summary>Issue 13's soak: both real services in child processes against the fakes, for minutes of mixed valid
/// and invalid traffic while objects change and watches are cut; 5xx, RSS over time and the caches at the end.
/// Reports a verdict per criterion and throws for none.</summary>
internal sealed class SoakScenario : IBenchScenario
{
    public string Name => "soak";

    public string Usage => "soak [--minutes M] [--updates-per-second U] [--cut-every SECONDS] [--nodes N]   mixed valid and invalid "
        + "traffic against both services while objects change and watches are cut (default 5 minutes, 5 updates/s, a cut every 30 s, 300 Nodes)";

    public async Task RunAsync(IReadOnlyList<string> args, TextWriter report, TextWriter progress, CancellationToken cancellationToken)
    {
        var options = SoakOptions.Parse(args);
        var load = Machine.LoadAverage();
        var result = await SoakRun.RunAsync(options, progress, cancellationToken);
        report.WriteLine($"## Soak ({Machine.Describe()}; {options.Duration.TotalMinutes:N0} min, {options.UpdatesPerSecond} updates/s, "
            + $"a watch cut every {options.CutEvery.TotalSeconds:N0} s, {options.Nodes} Nodes with 10 PVCs and PVs each; {load} at start, {Machine.LoadAverage()} at end)");
        report.WriteLine();
        SoakReport.Write(result, report);
    }
}
