using System.Globalization;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>The soak's arguments: how long, how many object updates a second, how often a watch is cut, how many
/// Nodes (each with 10 PVCs and PVs).</summary>
internal sealed record SoakOptions(TimeSpan Duration, int UpdatesPerSecond, TimeSpan CutEvery, int Nodes)
{
    public static readonly SoakOptions Default = new(TimeSpan.FromMinutes(5), 5, TimeSpan.FromSeconds(30), 300);

    /// <summary>RSS is compared from the first sample after this (a minute, or half a shorter run).</summary>
    public TimeSpan WarmUp => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, Duration.Ticks / 2));

    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? Positive(args[i + 1]) : throw Bad();
            options = args[i] switch
            {
                "--minutes" => options with { Duration = TimeSpan.FromMinutes(value) },
                "--updates-per-second" => options with { UpdatesPerSecond = value },
                "--cut-every" => options with { CutEvery = TimeSpan.FromSeconds(value) },
                "--nodes" => options with { Nodes = value },
                _ => throw Bad(),
            };
        }

        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw Bad();

    private static ArgumentException Bad() =>
        new("soak takes --minutes M, --updates-per-second U, --cut-every SECONDS and --nodes N (each a whole number > 0)", "args");
}
