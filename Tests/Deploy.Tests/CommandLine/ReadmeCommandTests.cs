using System.Diagnostics;
using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.CommandLine;

/// <summary>The README's own commands, read from the README and run exactly as printed, from the
/// repository root, with <c>dotnet run</c> (which runs the app in the directory the command was typed in).</summary>
internal sealed class ReadmeCommandTests
{
    private const string QuickStart = "dotnet run -c Release --project Demo";
    private const string Explain = "dotnet run -c Release --project Scoring -- explain --cluster-snapshot samples/cluster.yaml --pod samples/mysql-pod.yaml";

    private static readonly string[] Commands = [.. File.ReadAllLines(Path.Combine(Repo.Root, "README.md"))
        .Where(line => line.StartsWith("    dotnet ", StringComparison.Ordinal)).Select(line => line.Trim())];

    [Test]
    public async Task Explain_AsPrinted_ReadsTheRelativeSnapshotFromTheRepositoryRoot()
    {
        Assert.That(Commands, Does.Contain(Explain));

        var result = await ProcessRunner.RunAsync("bash", ["-c", Explain], "bash runs the README's commands");

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Does.StartWith("Webhook: mutated: "));
        Assert.That(result.Stdout, Does.Contain("node-2  pass      100  PVC default/mysql-data: replica on this node"));
    }

    [Test]
    public async Task QuickStart_AsPrinted_StartsBothServicesAndPrintsWhatToTry()
    {
        Assert.That(Commands, Does.Contain(QuickStart));
        var info = new ProcessStartInfo("bash", ["-c", $"exec {QuickStart}"])
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            string? line;
            var curls = 0;
            while (curls < 4 && (line = await process.StandardOutput.ReadLineAsync(deadline.Token)) is not null)
            {
                curls += line.TrimStart().StartsWith("curl ", StringComparison.Ordinal) ? 1 : 0;
            }

            if (curls < 4)
            {
                await process.WaitForExitAsync(deadline.Token);
            }

            Assert.That(curls, Is.EqualTo(4), curls < 4 ? await stderr : "");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }
}
