namespace Stork.Deploy.Tests.Support;

internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);
