using System.ComponentModel;
using System.Diagnostics;

namespace Stork.Deploy.Tests.Support;

/// <summary>Runs a command line tool to completion, bounded by a timeout.</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="tool"/> from the repository root; fails the test with <paramref name="missingHint"/>
    /// when it is not installed.</summary>
    public static Task<ProcessResult> RunAsync(string tool, IEnumerable<string> args, string missingHint) =>
        RunAsync(tool, args, missingHint, Repo.Root, DefaultTimeout, new Dictionary<string, string>());

    /// <summary>Runs <paramref name="tool"/> in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static async Task<ProcessResult> RunAsync(
        string tool, IEnumerable<string> args, string missingHint, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            info.Environment[name] = value;

        using var process = StartOrFail(info, missingHint);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new ProcessResult(process.ExitCode, await stdout.WaitAsync(timeout), await stderr.WaitAsync(timeout));
    }

    private static Process StartOrFail(ProcessStartInfo info, string missingHint)
    {
        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start.");
        }
        catch (Win32Exception)
        {
            Assert.Fail($"'{info.FileName}' was not found on PATH. {missingHint}");
            throw;
        }
    }
}
