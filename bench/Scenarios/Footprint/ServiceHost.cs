using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Stork.Bench.Http;
using Stork.Bench.Reporting;
using Stork.Scoring;
using Stork.Webhook;

namespace Stork.Bench.Scenarios.Footprint;

/// <summary>The child side of the footprint, webhook and soak scenarios: one real service built by its own <c>XxxApp.Build</c>
/// with the given flags (or the bench's HTTPS floor, <c>floor --tls-cert-file CERT --tls-key-file KEY</c>), alone in this
/// process. Prints <c>listening URL</c>; on the stdin line <c>measure</c> prints a <see cref="Footprint"/> line, on
/// <c>use</c> this process's <see cref="ResourceUse.Totals"/>; stops on <c>exit</c> or end of input.</summary>
internal static class ServiceHost
{
    public static async Task RunAsync(string service, string[] flags, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = service switch
        {
            "webhook" => WebhookApp.Build(flags),
            "scoring" => ScoringApp.Build(flags),
            "floor" => FloorServer.Build(X509Certificate2.CreateFromPemFile(Flag(flags, "--tls-cert-file"), Flag(flags, "--tls-key-file"))),
            _ => throw new ArgumentException($"footprint --serve takes webhook, scoring or floor, not '{service}'", nameof(service)),
        };
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        await output.WriteLineAsync("listening " + address);
        await output.FlushAsync(cancellationToken);

        while (await Console.In.ReadLineAsync(cancellationToken) is { } command && command != "exit")
        {
            var answer = command switch
            {
                "measure" => Measure().ToLine(),
                "use" => ResourceUse.Totals().ToLine(),
                _ => null,
            };
            if (answer is not null)
            {
                await output.WriteLineAsync(answer);
                await output.FlushAsync(cancellationToken);
            }
        }

        await app.StopAsync(cancellationToken);
    }

    private static string Flag(string[] flags, string name) =>
        flags.SkipWhile(f => f != name).Skip(1).FirstOrDefault() ?? throw new ArgumentException($"footprint --serve floor needs {name} FILE", nameof(flags));

    /// <summary>Resident memory first (a full collection would change it), then the live heap.</summary>
    private static Footprint Measure()
    {
        var (rss, peak) = ProcessMemory.Resident();
        var before = GC.GetGCMemoryInfo().HeapSizeBytes;
        var live = ManagedHeap.SettledBytes();
        return new Footprint(rss, peak, before, live, GC.GetGCMemoryInfo().TotalCommittedBytes);
    }
}
