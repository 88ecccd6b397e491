using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Stork.Bench.Reporting;
using Stork.Scoring;
using Stork.Webhook;

namespace Stork.Bench.Scenarios.Footprint;

/// <summary>The child side of the footprint scenario: one real service built by its own <c>XxxApp.Build</c> with
/// the given flags, alone in this process. Prints <c>listening URL</c>; on the stdin line <c>measure</c> prints a
/// <see cref="Footprint"/> line; stops on <c>exit</c> or end of input.</summary>
internal static class ServiceHost
{
    public static async Task RunAsync(string service, string[] flags, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = service switch
        {
            "webhook" => WebhookApp.Build(flags),
            "scoring" => ScoringApp.Build(flags),
            _ => throw new ArgumentException($"footprint --serve takes webhook or scoring, not '{service}'", nameof(service)),
        };
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        await output.WriteLineAsync("listening " + address);
        await output.FlushAsync(cancellationToken);

        while (await Console.In.ReadLineAsync(cancellationToken) is { } command && command != "exit")
        {
            if (command == "measure")
            {
                await output.WriteLineAsync(Measure().ToLine());
                await output.FlushAsync(cancellationToken);
            }
        }

        await app.StopAsync(cancellationToken);
    }

    /// <summary>Resident memory first (a full collection would change it), then the live heap.</summary>
    private static Footprint Measure()
    {
        var (rss, peak) = ProcessMemory.Resident();
        var before = GC.GetGCMemoryInfo().HeapSizeBytes;
        var live = ManagedHeap.SettledBytes();
        return new Footprint(rss, peak, before, live, GC.GetGCMemoryInfo().TotalCommittedBytes);
    }
}
