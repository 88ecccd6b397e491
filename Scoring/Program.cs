using Stork.Scoring;
using Stork.Shared.Hosting;

return await ServiceHost.RunAsync("stork-scoring", () => ScoringApp.Build(args));
