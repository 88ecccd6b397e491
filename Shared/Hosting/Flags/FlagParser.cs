using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Stork.Shared.Hosting.Flags;

/// <summary>Reads a command line against a <see cref="CommandSpec"/> with System.CommandLine: usage for
/// <c>--help</c>/<c>-h</c>, <c>--version</c>, and one-line errors for unknown flags (with the closest
/// known one), stray arguments and bad values.</summary>
internal static class FlagParser
{
    private const string ConfigurationKeysNote =
        "\nAny configuration key may also be set as --Section:Key=value (e.g. --Logging:LogLevel:Default=Debug).";

    public static CommandLineOutcome Parse(CommandSpec spec, IReadOnlyList<string> args)
    {
        var selected = spec.CommandOf(args) ?? spec;
        var (tokens, configurationKeys, error) = GoStyleArguments.Prepare(args);
        if (error is not null)
        {
            return new CommandLineOutcome.Invalid(error);
        }

        var version = new VersionOption();
        var (root, options) = Build(spec, selected, version);
        var result = root.Parse(tokens, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is HelpAction)
        {
            using var help = new StringWriter();
            result.Invoke(new InvocationConfiguration { Output = help });
            return new CommandLineOutcome.Print(help.ToString());
        }

        if (result.UnmatchedTokens.Count > 0)
        {
            return new CommandLineOutcome.Invalid(Unmatched(result.UnmatchedTokens[0], selected));
        }

        if (result.Errors.Count > 0)
        {
            return new CommandLineOutcome.Invalid(Describe(result.Errors[0]));
        }

        if (result.GetResult(version) is not null)
        {
            return new CommandLineOutcome.Print($"{spec.Name} {spec.Version}\n");
        }

        var arguments = selected.Flags
            .SelectMany(flag => ConfigurationArguments(flag, result, options[flag]))
            .Concat(configurationKeys)
            .ToArray();
        return new CommandLineOutcome.Run(selected == spec ? null : selected.Verb, arguments);
    }

    /// <summary>The arguments of a run, for callers that have already answered help and errors.</summary>
    /// <exception cref="ArgumentException">The command line does not ask for a run.</exception>
    public static string[] RunArguments(CommandSpec spec, IReadOnlyList<string> args) => Parse(spec, args) switch
    {
        CommandLineOutcome.Run run => [.. run.Arguments],
        CommandLineOutcome.Invalid invalid => throw new ArgumentException(invalid.Message),
        _ => throw new ArgumentException("--help and --version print and exit; they start nothing"),
    };

    /// <returns>The command tree and the options of the <paramref name="selected"/> command's flags
    /// (commands share flags, so each command has options of its own).</returns>
    private static (Command Root, Dictionary<Flag, Option> Options) Build(CommandSpec spec, CommandSpec selected, VersionOption version)
    {
        var rootOptions = new Dictionary<Flag, Option>();
        var root = Command(spec with { Description = spec.Description + ConfigurationKeysNote }, rootOptions);
        root.Options.Add(version);
        var options = rootOptions;
        foreach (var sub in spec.Commands)
        {
            var subOptions = new Dictionary<Flag, Option>();
            root.Subcommands.Add(Command(sub, subOptions));
            options = ReferenceEquals(sub, selected) ? subOptions : options;
        }

        return (root, options);
    }

    private static Command Command(CommandSpec spec, Dictionary<Flag, Option> options)
    {
        var command = new Command(spec.Verb, spec.Description) { new HelpOption() };
        command.SetAction(_ => 0); // runnable without a sub-command; the caller runs it
        foreach (var flag in spec.Flags)
        {
            var option = FlagOptions.Create(flag);
            options[flag] = option;
            command.Options.Add(option);
        }

        return command;
    }

    private static IEnumerable<string> ConfigurationArguments(Flag flag, ParseResult result, Option option)
    {
        if (result.GetResult(option) is null)
        {
            return [];
        }

        return option is Option<string[]> list
            ? result.GetValue(list)!.Select((value, index) => $"--{flag.Name}:{index}={value}")
            : [$"--{flag.Name}={result.GetValue((Option<string>)option) ?? "true"}"];
    }

    private static string Unmatched(string token, CommandSpec selected)
    {
        var name = token.TrimStart('-').Split('=')[0];
        var isFlag = token.StartsWith('-') && selected.Flags.All(flag => flag.Name != name); // a known flag after "--" is an argument
        var known = isFlag
            ? selected.Flags.Select(f => f.Name).Append("help").Append("version")
            : selected.Commands.Select(c => c.Verb);
        var closest = ClosestName.Find(name, known);
        var hint = closest is null ? "" : $" (did you mean {(isFlag ? "--" : "")}{closest}?)";
        return isFlag
            ? $"unknown flag --{name}{hint}; see --help"
            : $"unexpected argument '{token}'{hint}; see --help";
    }

    private static string Describe(ParseError error) => error.SymbolResult is OptionResult { Tokens.Count: 0 } option
        && option.Option.Arity.MinimumNumberOfValues > 0
            ? $"{option.IdentifierToken?.Value ?? option.Option.Name} needs a value"
            : error.Message;
}
