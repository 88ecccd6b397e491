using Stork.Bench.Scenarios;

namespace Stork.Bench;

/// <summary>Runs one scenario by name and prints its report (markdown) to stdout, progress to stderr.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || BenchScenarios.All.FirstOrDefault(s => s.Name == args[0]) is not { } scenario)
        {
            await Console.Error.WriteLineAsync(Usage());
            return 2;
        }

        using var interrupted = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupted.Cancel();
        };
        try
        {
            await scenario.RunAsync(args[1..], Console.Out, Console.Error, interrupted.Token);
            return 0;
        }
        catch (ArgumentException e) when (e.ParamName == "args")
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + Usage());
            return 2;
        }
    }

    private static string Usage() =>
        "usage: dotnet run -c Release --project bench -- <scenario> [args]" + Environment.NewLine
        + string.Join(Environment.NewLine, BenchScenarios.All.Select(s => "  " + s.Usage));
}
