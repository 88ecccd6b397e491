using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Certs;

/// <summary>Runs certs/generate.sh against an output directory.</summary>
internal static class GenerateScript
{
    private const string Hint = "certs/generate.sh needs bash and openssl.";

    public static Task<ProcessResult> RunAsync(string outDirectory, params string[] args) =>
        ProcessRunner.RunAsync("bash", [Repo.GenerateScript, "--out", outDirectory, .. args], Hint);

    public static async Task<ProcessResult> RunOkAsync(string outDirectory, params string[] args)
    {
        var result = await RunAsync(outDirectory, args);
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        return result;
    }
}
