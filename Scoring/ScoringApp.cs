namespace Stork.Scoring;

/// <summary>Builds the Scoring service; Program.cs and the tests call the same method.</summary>
internal static class ScoringApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        return app;
    }
}
