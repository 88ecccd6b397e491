using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Webhook;

/// <summary>One timed window of closed-loop load on one endpoint.</summary>
/// <param name="Target">What was loaded (service or floor).</param>
/// <param name="Round">Which of the interleaved rounds.</param>
/// <param name="Milliseconds">Latency of every request that started and ended inside the window.</param>
/// <param name="Errors">Requests that failed (non-2xx or transport errors) inside the window.</param>
/// <param name="Client">The load generator's process over the window.</param>
/// <param name="Server">The server's process (a child of its own) over the same window.</param>
internal sealed record LoadResult(string Target, int Round, IReadOnlyList<double> Milliseconds, int Errors, ResourceUse Client, ResourceUse Server)
{
    public Percentiles Latency => new(Milliseconds);

    public double PerSecond => Milliseconds.Count / Client.Wall.TotalSeconds;

    public double ServerCpuMicrosecondsPerRequest => PerRequest(Server.Cpu.TotalMicroseconds);

    public double ServerAllocatedPerRequest => PerRequest(Server.Allocated);

    public double ClientCpuMicrosecondsPerRequest => PerRequest(Client.Cpu.TotalMicroseconds);

    private double PerRequest(double total) => total / Milliseconds.Count;
}
