using System.ComponentModel;
using System.Diagnostics;

namespace Stork.Deploy.Tests.Support;

/// <summary>Runs a command line tool to completion, bounded by a timeout.</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="tool"/>; fails the test with <paramref name="missingHint"/> when it is not installed.</summary>
    public static async Task<ProcessResult> RunAsync(string tool, IEnumerable<string> args, string missingHint)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);

        using var process = StartOrFail(info, missingHint);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new ProcessResult(process.ExitCode, await stdout.WaitAsync(Timeout), await stderr.WaitAsync(Timeout));
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
