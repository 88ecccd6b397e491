namespace Stork.Shared.Hosting.Flags;

/// <summary>What Go's flag package accepts and System.CommandLine does not, rewritten before parsing:
/// <c>-flag</c> for <c>--flag</c>. Configuration keys
/// (<c>--Logging:LogLevel:Default=Debug</c>, any name with a colon) are set aside and passed through
/// to configuration unchecked, as are OpenTelemetry's settings (<c>--OTEL_EXPORTER_OTLP_ENDPOINT=URL</c>),
/// which are usually environment variables.</summary>
internal static class GoStyleArguments
{
    /// <summary>The tokens to parse and the configuration keys as <c>--key=value</c>, or an error.</summary>
    public static (List<string> Tokens, List<string> ConfigurationKeys, string? Error) Prepare(IReadOnlyList<string> args)
    {
        var tokens = new List<string>(args.Count);
        var keys = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.Length < 2 || arg[0] != '-' || arg == "--" || char.IsAsciiDigit(arg[1]))
            {
                tokens.Add(arg);
                continue;
            }

            var body = arg.TrimStart('-');
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? body : body[..equals];
            var next = i + 1 < args.Count ? args[i + 1] : null;
            if (name.Contains(':', StringComparison.Ordinal) || name.StartsWith("OTEL_", StringComparison.Ordinal))
            {
                if (equals < 0 && next is null)
                {
                    return (tokens, keys, $"--{name} needs a value");
                }

                keys.Add(equals < 0 ? $"--{name}={args[++i]}" : $"--{body}");
                continue;
            }

            tokens.Add(name.Length > 1 ? "--" + body : arg);
        }

        return (tokens, keys, null);
    }
}
