using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Webhook;

/// <summary>One timed window of closed-loop load on one endpoint.</summary>
/// <param name="Target">What was loaded (service or floor).</param>
/// <param name="Round">Which of the interleaved rounds.</param>
/// <param name="Milliseconds">Latency of every request that started and ended inside the window.</param>
/// <param name="Errors">Requests that failed (non-2xx or transport errors) inside the window.</param>
/// <param name="Use">The whole process (client and server) over the window.</param>
internal sealed record LoadResult(string Target, int Round, IReadOnlyList<double> Milliseconds, int Errors, ResourceUse Use)
{
    public Percentiles Latency => new(Milliseconds);

    public double PerSecond => Milliseconds.Count / Use.Wall.TotalSeconds;

    public double CpuMicrosecondsPerRequest => Use.Cpu.TotalMicroseconds / Milliseconds.Count;

    public double AllocatedPerRequest => (double)Use.Allocated / Milliseconds.Count;
}
