using System.Diagnostics;

namespace Stork.Bench.Reporting;

/// <summary>What a stretch of work cost the whole process: wall time, CPU time (all threads) and
/// managed bytes allocated (all threads).</summary>
internal readonly record struct ResourceUse(TimeSpan Wall, TimeSpan Cpu, long Allocated)
{
    /// <summary>Starts measuring; <see cref="Probe.Stop"/> ends it.</summary>
    public static Probe Start() => new(Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));

    internal readonly record struct Probe(long Timestamp, TimeSpan Cpu, long Allocated)
    {
        public ResourceUse Stop() => new(
            Stopwatch.GetElapsedTime(Timestamp),
            Process.GetCurrentProcess().TotalProcessorTime - Cpu,
            GC.GetTotalAllocatedBytes(precise: true) - Allocated);
    }
}
