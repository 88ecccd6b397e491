namespace Stork.Shared.Hosting.Flags;

/// <summary>What a command line asks for: run (with the flags as configuration arguments), print
/// something and exit (help, version), or an error to report in one line.</summary>
internal abstract record CommandLineOutcome
{
    /// <param name="Command">The sub-command's verb, or null for the program itself.</param>
    /// <param name="Arguments">The flags as <c>--key=value</c> configuration arguments, repeated flags
    /// as <c>--key:0=a</c>, <c>--key:1=b</c>.</param>
    internal sealed record Run(string? Command, IReadOnlyList<string> Arguments) : CommandLineOutcome;

    internal sealed record Print(string Text) : CommandLineOutcome;

    internal sealed record Invalid(string Message) : CommandLineOutcome;
}
