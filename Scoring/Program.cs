using Stork.Scoring;

var app = ScoringApp.Build(args);
await app.RunAsync();
