using System.Reflection;

namespace Stork.Shared.Hosting.Flags;

/// <summary>A program's command line: its name (as usage and errors print it), what it does, its
/// flags, its sub-commands (<c>stork-scoring explain</c>) and its version.</summary>
internal sealed record CommandSpec(string Name, string Description, IReadOnlyList<Flag> Flags)
{
    public IReadOnlyList<CommandSpec> Commands { get; init; } = [];

    public string Version { get; init; } = "";

    /// <summary>The sub-command <paramref name="args"/> starts with, if any.</summary>
    public CommandSpec? CommandOf(IReadOnlyList<string> args) =>
        args.Count > 0 ? Commands.FirstOrDefault(command => command.Name.EndsWith(" " + args[0], StringComparison.Ordinal)) : null;

    /// <summary>The word that selects this sub-command (<c>explain</c> of <c>stork-scoring explain</c>).</summary>
    public string Verb => Name[(Name.LastIndexOf(' ') + 1)..];

    /// <summary>An assembly's informational version (`0.1.0+COMMIT` when built from git).</summary>
    public static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "unknown";
}
