using System.Globalization;
using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>The soak's markdown: requests by endpoint, kind and status class; updates and cuts done; RSS per
/// service; caches at the end; the last output of a service that died; one verdict line per criterion.</summary>
internal static class SoakReport
{
    private const double RssTolerancePercent = 15;
    private const int LineLength = 300;

    public static void Write(SoakResult result, TextWriter report)
    {
        var tally = result.Tally;
        var requests = tally.Snapshot();
        report.WriteLine($"{Units.Count(requests.Values.Sum())} requests in {Units.Seconds(result.Ran)} from {SoakTraffic.Clients} clients; "
            + $"5xx on valid: {Units.Count(tally.Count(true, Is5xx))}, on invalid: {Units.Count(tally.Count(false, Is5xx))}; "
            + $"non-200 on valid: {Units.Count(tally.Count(true, s => s != 200))} (of which no answer: {Units.Count(tally.Count(true, s => s == SoakTally.NoAnswer))}).");
        report.WriteLine();
        Requests(requests).WriteTo(report);
        Counts("object update", result.Updates).WriteTo(report);
        Counts("watch cut", result.Cuts).WriteTo(report);
        Rss(result).WriteTo(report);
        Managed(result).WriteTo(report);
        var caches = new MarkdownTable("service", "converged in", "stork_cache_objects vs the fake");
        foreach (var s in result.Services)
            caches.Add(s.Name, s.ConvergedIn is { } t ? Units.Seconds(t) : $"not within {Units.Seconds(CacheConvergence.Patience)}", string.Join("; ", s.Caches));
        caches.WriteTo(report);
        foreach (var dead in result.Services.Where(s => s.ExitCode is not null))
        {
            report.WriteLine($"**{dead.Name} exited during the soak, code {dead.ExitCode}.** Its last lines:");
            report.WriteLine();
            report.WriteLine("```");
            foreach (var line in dead.Tail)
                report.WriteLine(line.Length <= LineLength ? line : line[..LineLength] + " …");
            report.WriteLine("```");
            report.WriteLine();
        }

        Verdicts(result).ForEach(report.WriteLine);
    }

    private static List<string> Verdicts(SoakResult result)
    {
        var valid5xx = result.Tally.Count(true, Is5xx);
        var lines = new List<string> { Verdict("0 5xx on valid requests", valid5xx == 0, $"{valid5xx} 5xx") };
        foreach (var s in result.Services)
        {
            var change = s.Rss.Compare(result.Options.WarmUp);
            lines.Add(Verdict($"{s.Name}: RSS flat (±{RssTolerancePercent:N0}%)", change is { } c && Math.Abs(c.ChangePercent) <= RssTolerancePercent,
                change is { } d ? Percent(d.ChangePercent) : "no sample after the warm-up"));
            lines.Add(Verdict($"{s.Name}: caches converged at the end", s.ConvergedIn is not null, string.Join("; ", s.Caches)));
            lines.Add(Verdict($"{s.Name}: alive to the end", s.ExitCode is null, s.ExitCode is { } code ? $"exited with code {code}" : "running"));
        }

        return lines;
    }

    private static string Verdict(string criterion, bool met, string detail) => $"- {criterion}: **{(met ? "met" : "not met")}** ({detail})";

    private static MarkdownTable Requests(IReadOnlyDictionary<(string Endpoint, string Kind, int Status), long> counts)
    {
        var table = new MarkdownTable("endpoint, request kind", "2xx", "4xx", "5xx", "no answer", "other");
        foreach (var group in counts.GroupBy(c => (c.Key.Endpoint, c.Key.Kind))
                     .OrderBy(g => g.Key.Endpoint, StringComparer.Ordinal).ThenBy(g => g.Key.Kind != SoakRequest.ValidKind).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            long Sum(Func<int, bool> status) => group.Where(c => status(c.Key.Status)).Sum(c => c.Value);
            table.Add($"{group.Key.Endpoint} {group.Key.Kind}", Units.Count(Sum(s => s / 100 == 2)), Units.Count(Sum(s => s / 100 == 4)),
                Units.Count(Sum(Is5xx)), Units.Count(Sum(s => s == SoakTally.NoAnswer)), Units.Count(Sum(s => s != SoakTally.NoAnswer && s / 100 is not (2 or 4 or 5))));
        }

        return table;
    }

    private static MarkdownTable Counts(string what, IReadOnlyDictionary<string, long> done)
    {
        var table = new MarkdownTable(what, "count");
        foreach (var (name, count) in done.OrderBy(d => d.Key, StringComparer.Ordinal))
            table.Add(name, Units.Count(count));
        return table;
    }

    private static MarkdownTable Rss(SoakResult result)
    {
        var table = new MarkdownTable("service", $"first after {Units.Seconds(result.Options.WarmUp)}", "last", "min", "max", "change", "samples (every 15 s)");
        foreach (var s in result.Services)
        {
            var all = s.Rss.All;
            var compared = s.Rss.Compare(result.Options.WarmUp);
            table.Add(s.Name, compared is { } c ? Units.Megabytes(c.First) : "-", compared is { } l ? Units.Megabytes(l.Last) : "-",
                all.Count > 0 ? Units.Megabytes(all.Min(a => a.Rss)) : "-", all.Count > 0 ? Units.Megabytes(all.Max(a => a.Rss)) : "-",
                compared is { } p ? Percent(p.ChangePercent) : "-", string.Join(" ", all.Select(a => Units.Megabytes(a.Rss).Replace(" MB", "", StringComparison.Ordinal))));
        }

        return table;
    }

    /// <summary>Beside each RSS sample, the managed heap after the last collection and the GC's committed bytes: what
    /// grows with them is managed memory, what grows without them the runtime's or native.</summary>
    private static MarkdownTable Managed(SoakResult result)
    {
        var table = new MarkdownTable("service", "memory", "samples (MB, every 15 s)");
        foreach (var s in result.Services)
        {
            table.Add(s.Name, "managed heap after the last GC", Samples(s.Rss.All.Select(a => a.Heap)));
            table.Add(s.Name, "GC committed", Samples(s.Rss.All.Select(a => a.Committed)));
            table.Add(s.Name, "gen2 collections so far", string.Join(" ", s.Rss.All.Select(a => a.Gen2Collections?.ToString(CultureInfo.InvariantCulture) ?? "?")));
        }

        return table;
    }

    private static string Samples(IEnumerable<long?> bytes) =>
        string.Join(" ", bytes.Select(b => b is { } v ? Units.Megabytes(v).Replace(" MB", "", StringComparison.Ordinal) : "?"));

    private static string Percent(double percent) => percent.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";

    private static bool Is5xx(int status) => status / 100 == 5;
}
