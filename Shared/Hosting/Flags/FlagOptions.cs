using System.CommandLine;
using System.CommandLine.Parsing;

namespace Stork.Shared.Hosting.Flags;

/// <summary>The System.CommandLine option of a <see cref="Flag"/>: its value is the text to bind
/// (<see cref="FlagValue"/>), its help shows the meaning, the accepted form and the default.</summary>
internal static class FlagOptions
{
    public static Option Create(Flag flag)
    {
        var description = flag.Default is null ? flag.Description : $"{flag.Description} [default: {flag.Default}]";
        if (flag.Kind == FlagKind.List)
        {
            return new Option<string[]>("--" + flag.Name)
            {
                Description = description,
                HelpName = "NAME",
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = false,
            };
        }

        // Given twice, the last value counts, as with Go's flag package (an appended arg overrides the
        // manifest's); each occurrence still takes one value, so a second word is a stray argument.
        return new Option<string>("--" + flag.Name)
        {
            Description = description,
            HelpName = HelpName(flag),
            Arity = flag.Kind == FlagKind.Boolean ? ArgumentArity.ZeroOrMore : ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = result => Read(flag, result),
        };
    }

    private static string? Read(Flag flag, ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return flag.Kind == FlagKind.Boolean ? "true" : null;
        }

        string? value = null;
        foreach (var token in result.Tokens)
        {
            (value, var error) = FlagValue.Read(flag, token.Value);
            if (error is not null)
            {
                result.AddError(error);
                return null;
            }
        }

        return value;
    }

    private static string HelpName(Flag flag) => flag.Kind switch
    {
        FlagKind.Boolean => "true|false",
        FlagKind.Duration => "DURATION",
        FlagKind.Integer => "N",
        FlagKind.Path => "PATH",
        FlagKind.Choice => string.Join('|', flag.Choices),
        _ => "VALUE",
    };
}
