using System.Diagnostics;
using System.Text.Json;

namespace Stork.Bench.Reporting;

/// <summary>Times one phase of a service's work, called directly and repeatedly on the calling thread: mean wall
/// time and the bytes this thread allocated per call (after one untimed call).</summary>
internal static class PhaseTimer
{
    public static PhaseCost Measure<T>(string phase, int iterations, Func<T> work)
    {
        work();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < iterations; i++)
        {
            work();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new(phase, elapsed.TotalMicroseconds / iterations, (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations);
    }

    /// <summary>For async phases that complete synchronously on cache hits; awaited anyway, so a hop would show as time
    /// (and its allocations on another thread would be missed).</summary>
    public static async Task<PhaseCost> MeasureAsync<T>(string phase, int iterations, Func<Task<T>> work)
    {
        await work();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < iterations; i++)
        {
            await work();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new(phase, elapsed.TotalMicroseconds / iterations, (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations);
    }

    /// <summary>The floors' JSON pass: every token of <paramref name="json"/> read, nothing kept.</summary>
    public static int CountTokens(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
