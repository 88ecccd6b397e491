using System.Globalization;

namespace Stork.Bench.Reporting;

/// <summary>This process's resident memory as Linux accounts it (what a container memory limit counts, less the page cache).</summary>
internal static class ProcessMemory
{
    /// <summary>(current RSS, peak RSS) in bytes, from /proc/self/status; zeros elsewhere.</summary>
    public static (long Rss, long PeakRss) Resident()
    {
        if (!File.Exists("/proc/self/status"))
            return (0, 0);
        var fields = File.ReadAllLines("/proc/self/status")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Trim(), StringComparer.Ordinal);
        return (Kilobytes(fields, "VmRSS"), Kilobytes(fields, "VmHWM"));
    }

    private static long Kilobytes(Dictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) ? long.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture) * 1024 : 0;
}
