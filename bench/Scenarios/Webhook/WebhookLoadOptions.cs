using System.Globalization;

namespace Stork.Bench.Scenarios.Webhook;

/// <summary>The webhook scenario's arguments.</summary>
internal sealed record WebhookLoadOptions(int Connections, TimeSpan Window, TimeSpan Warmup, int Rounds, string? Samples)
{
    public const string Usage = "[--connections N] [--seconds S] [--warmup S] [--rounds R] [--samples DIR]";

    /// <returns>Null when an argument is unknown or not a positive number.</returns>
    public static WebhookLoadOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new WebhookLoadOptions(32, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), 3, null);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
            options = (args[i], number) switch
            {
                ("--connections", { } count) => options with { Connections = count },
                ("--seconds", { } seconds) => options with { Window = TimeSpan.FromSeconds(seconds) },
                ("--warmup", { } seconds) => options with { Warmup = TimeSpan.FromSeconds(seconds) },
                ("--rounds", { } rounds) => options with { Rounds = rounds },
                ("--samples", _) => options with { Samples = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return args.Count % 2 == 0 ? options : null;
    }
}
