using Stork.Scoring;
using Stork.Scoring.Explain;
using Stork.Shared.Hosting;

return await ServiceHost.RunAsync(ScoringCommandLine.Spec, args, command => command == ExplainCommand.Verb
    ? ServiceHost.RunCommandAsync(ExplainCommand.Spec.Name, () => ExplainCommand.RunAsync(args, Console.Out, CancellationToken.None))
    : ServiceHost.ServeAsync(ScoringCommandLine.Spec.Name, () => ScoringApp.Build(args)));
