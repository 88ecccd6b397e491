using System.Buffers;
using System.Globalization;

namespace Stork.Shared.Hosting.Flags;

/// <summary>Durations the way Go's <c>time.ParseDuration</c> writes them (<c>2s</c>, <c>500ms</c>,
/// <c>1m30s</c>, <c>1.5h</c>; units ns, us/µs, ms, s, m, h), which is what Stork's flags take.</summary>
internal static class GoDuration
{
    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789.");

    /// <summary>The duration, or null when <paramref name="text"/> is not a Go duration.</summary>
    public static TimeSpan? Parse(string text)
    {
        var rest = text.AsSpan().Trim();
        var negative = rest.Length > 0 && rest[0] == '-';
        if (rest.Length > 0 && rest[0] is '-' or '+')
        {
            rest = rest[1..];
        }

        if (rest is "0")
        {
            return TimeSpan.Zero;
        }

        var ticks = 0m;
        do
        {
            var numberLength = rest.IndexOfAnyExcept(NumberChars);
            if (numberLength <= 0)
            {
                return null;
            }

            var afterNumber = rest[numberLength..];
            var unitLength = afterNumber.IndexOfAny(NumberChars);
            unitLength = unitLength < 0 ? afterNumber.Length : unitLength;
            if (!decimal.TryParse(rest[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                || TicksPer(afterNumber[..unitLength]) is not { } unit)
            {
                return null;
            }

            ticks += number * unit;
            rest = afterNumber[unitLength..];
        }
        while (!rest.IsEmpty);

        return ticks > TimeSpan.MaxValue.Ticks ? null : TimeSpan.FromTicks((long)decimal.Round(negative ? -ticks : ticks));
    }

    /// <summary>The shortest Go form: <c>2s</c>, <c>1m30s</c>, <c>500ms</c>, <c>0s</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        if (value < TimeSpan.FromSeconds(1))
        {
            return $"{value.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms";
        }

        var text = (value.Days * 24 + value.Hours > 0 ? $"{value.Days * 24 + value.Hours}h" : "")
            + (value.Minutes > 0 ? $"{value.Minutes}m" : "");
        var seconds = value.Seconds + value.Milliseconds / 1000m;
        return seconds > 0 ? $"{text}{seconds.ToString(CultureInfo.InvariantCulture)}s" : text;
    }

    private static decimal? TicksPer(ReadOnlySpan<char> unit) => unit switch
    {
        "ns" => TimeSpan.TicksPerMicrosecond / 1000m,
        "us" or "µs" or "μs" => TimeSpan.TicksPerMicrosecond,
        "ms" => TimeSpan.TicksPerMillisecond,
        "s" => TimeSpan.TicksPerSecond,
        "m" => TimeSpan.TicksPerMinute,
        "h" => TimeSpan.TicksPerHour,
        _ => null,
    };
}
