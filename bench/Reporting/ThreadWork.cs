using System.Diagnostics;

namespace Stork.Bench.Reporting;

/// <summary>The cost of synchronous work on the calling thread: wall time, process CPU time (the work's own
/// plus whatever the collector did for it) and the bytes this thread allocated.</summary>
internal readonly record struct ThreadWork(TimeSpan Wall, TimeSpan Cpu, long Allocated)
{
    public static (T Result, ThreadWork Cost) Measure<T>(Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        var result = work();
        var wall = Stopwatch.GetElapsedTime(started);
        return (result, new(wall, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated));
    }
}
