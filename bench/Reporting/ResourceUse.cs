using System.Diagnostics;
using System.Globalization;

namespace Stork.Bench.Reporting;

/// <summary>What a stretch of work cost a whole process: wall time, CPU time and managed bytes allocated
/// (all threads), and the time the collector paused the process.</summary>
internal readonly record struct ResourceUse(TimeSpan Wall, TimeSpan Cpu, long Allocated, TimeSpan GcPause)
{
    /// <summary>Starts measuring this process; <see cref="Probe.Stop"/> ends it.</summary>
    public static Probe Start() => new(Totals());

    /// <summary>This process's counters now (wall time from an arbitrary origin): the difference of two is the cost between them.</summary>
    public static ResourceUse Totals() => new(
        Stopwatch.GetElapsedTime(0), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration());

    public static ResourceUse operator +(ResourceUse left, ResourceUse right) =>
        new(left.Wall + right.Wall, left.Cpu + right.Cpu, left.Allocated + right.Allocated, left.GcPause + right.GcPause);

    public static ResourceUse operator -(ResourceUse left, ResourceUse right) =>
        new(left.Wall - right.Wall, left.Cpu - right.Cpu, left.Allocated - right.Allocated, left.GcPause - right.GcPause);

    /// <summary>The line a serving child prints for its <see cref="Totals"/>: <c>use WALL CPU ALLOCATED PAUSE</c> (ticks and bytes).</summary>
    public string ToLine() => "use " + string.Join(' ',
        new[] { Wall.Ticks, Cpu.Ticks, Allocated, GcPause.Ticks }.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    public static ResourceUse? Parse(string line) =>
        line.Split(' ') is ["use", var wall, var cpu, var allocated, var pause]
            ? new(TimeSpan.FromTicks(Long(wall)), TimeSpan.FromTicks(Long(cpu)), Long(allocated), TimeSpan.FromTicks(Long(pause)))
            : null;

    private static long Long(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    internal readonly record struct Probe(ResourceUse Started)
    {
        /// <summary>Wall time since the start.</summary>
        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0) - Started.Wall;

        public ResourceUse Stop() => Totals() - Started;
    }
}
