using System.Reflection;
using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.CommandLine;

/// <summary>The built services, run as processes the way <c>dotnet run</c> or an image runs them.</summary>
internal static class Apps
{
    private static readonly string Configuration =
        typeof(Apps).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public static Task<ProcessResult> WebhookAsync(params string[] args) => RunAsync("Webhook", "Stork.Webhook.dll", args);

    public static Task<ProcessResult> ScoringAsync(params string[] args) => RunAsync("Scoring", "Stork.Scoring.dll", args);

    private static Task<ProcessResult> RunAsync(string project, string dll, string[] args) =>
        ProcessRunner.RunAsync("dotnet", [Path.Combine(Repo.Root, project, "bin", Configuration, "net10.0", dll), .. args],
            "the .NET SDK runs the services");
}
