using System.Globalization;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>A bash exec credential plugin: it prints the ExecCredential last given to <see cref="Issue"/> and
/// counts its runs.</summary>
internal sealed class ExecPlugin
{
    private readonly TempDirectory _directory;

    public ExecPlugin(TempDirectory directory)
    {
        _directory = directory;
        Command = directory.Write("plugin/get-token", """
            #!/bin/bash
            here="$(dirname "$0")"
            echo run >> "$here/runs"
            cat "$here/credential.json"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Command, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Command { get; }

    public int Runs => File.Exists(RunsPath) ? File.ReadAllLines(RunsPath).Length : 0;

    private string RunsPath => Path.Combine(Path.GetDirectoryName(Command)!, "runs");

    /// <summary>From now on the plugin hands out <paramref name="token"/>, valid until <paramref name="expires"/>.</summary>
    public void Issue(string token, DateTimeOffset expires)
    {
        var expiry = expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        _directory.Write("plugin/credential.json", $$$"""
            {"apiVersion": "client.authentication.k8s.io/v1", "kind": "ExecCredential",
             "status": {"token": "{{{token}}}", "expirationTimestamp": "{{{expiry}}}"}}
            """);
    }

    /// <summary>The kubeconfig <c>user</c> fields that run this plugin.</summary>
    public string[] UserFields() =>
        ["exec:", "  apiVersion: client.authentication.k8s.io/v1", $"  command: {Command}", "  args: [--cluster, fake]"];
}
