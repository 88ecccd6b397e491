using System.Diagnostics;

namespace Stork.Bench.Reporting;

/// <summary>What a stretch of work cost the whole process: wall time, CPU time and managed bytes allocated
/// (all threads), and the time the collector paused the process.</summary>
internal readonly record struct ResourceUse(TimeSpan Wall, TimeSpan Cpu, long Allocated, TimeSpan GcPause)
{
    /// <summary>Starts measuring; <see cref="Probe.Stop"/> ends it.</summary>
    public static Probe Start() => new(
        Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration());

    public static ResourceUse operator +(ResourceUse left, ResourceUse right) =>
        new(left.Wall + right.Wall, left.Cpu + right.Cpu, left.Allocated + right.Allocated, left.GcPause + right.GcPause);

    public static ResourceUse operator -(ResourceUse left, ResourceUse right) =>
        new(left.Wall - right.Wall, left.Cpu - right.Cpu, left.Allocated - right.Allocated, left.GcPause - right.GcPause);

    internal readonly record struct Probe(long Timestamp, TimeSpan Cpu, long Allocated, TimeSpan GcPause)
    {
        public ResourceUse Stop() => new(
            Stopwatch.GetElapsedTime(Timestamp),
            Process.GetCurrentProcess().TotalProcessorTime - Cpu,
            GC.GetTotalAllocatedBytes(precise: true) - Allocated,
            GC.GetTotalPauseDuration() - GcPause);
    }
}
