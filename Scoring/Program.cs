using Stork.Scoring;
using Stork.Scoring.Explain;
using Stork.Shared.Hosting;

return ExplainCommand.Matches(args)
    ? await ServiceHost.RunCommandAsync("stork-scoring explain", () => ExplainCommand.RunAsync(args, Console.Out, CancellationToken.None))
    : await ServiceHost.RunAsync("stork-scoring", () => ScoringApp.Build(args));
