using Microsoft.Extensions.Options;
using Stork.Scoring.Extender;
using Stork.Shared.Hosting;
using Stork.Shared.Hosting.Flags;
using Stork.Shared.Telemetry;

namespace Stork.Scoring;

/// <summary>Builds the scoring sidecar; Program.cs and the tests call the same method.</summary>
internal static class ScoringApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(FlagParser.RunArguments(ScoringCommandLine.Spec, args));
        builder.Logging.AddStorkLogging(builder.Configuration).QuietStartupFailures();
        builder.Services.AddScoring(builder.Configuration);
        builder.Services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<ScoringOptions>>((kestrel, scoring) => kestrel.Limits.MaxRequestBodySize = scoring.Value.MaxRequestBytes);

        var app = builder.Build();
        app.MapStorkHealth();
        app.MapPrometheusMetrics();
        app.MapExtender();
        return app;
    }
}
