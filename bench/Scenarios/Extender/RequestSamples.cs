using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>The timed requests to one endpoint with one body: latency, the answer's size, and per request the
/// managed bytes the whole process allocated (client and servers), the time the collector paused it and how
/// often it ran.</summary>
internal sealed class RequestSamples
{
    private readonly List<(double Milliseconds, double PauseMilliseconds)> requests = [];
    private readonly List<double> allocated = [];
    private int collections;
    private int fullCollections;

    public long ResponseBytes { get; private set; }

    public Percentiles Latency => new(requests.Select(r => r.Milliseconds));

    public double MeanMilliseconds => requests.Average(r => r.Milliseconds);

    /// <summary>The median: <c>GC.GetTotalAllocatedBytes(precise: true)</c> differences can come out negative when a
    /// collection runs in between (server GC), which would skew a mean.</summary>
    public double AllocatedPerRequest => new Percentiles(allocated).At(50);

    public double GcPausePerRequestMilliseconds => requests.Average(r => r.PauseMilliseconds);

    /// <summary>Collections of any generation, and of generation 2, that ran during the timed requests.</summary>
    public (int All, int Gen2) Collections => (collections, fullCollections);

    /// <summary>The slowest 1% of requests (at least one): how many, how many of them the collector paused, and
    /// their mean pause. Tells whether the tail is the collector's.</summary>
    public (int Slowest, int Paused, double MeanPauseMilliseconds) Tail
    {
        get
        {
            var slowest = requests.OrderByDescending(r => r.Milliseconds).Take(Math.Max(1, requests.Count / 100)).ToArray();
            return (slowest.Length, slowest.Count(r => r.PauseMilliseconds > 0), slowest.Average(r => r.PauseMilliseconds));
        }
    }

    public void Add(double latencyMilliseconds, long responseBytes, long allocatedBytes, TimeSpan pause, int gcs, int gen2s)
    {
        collections += gcs;
        fullCollections += gen2s;
        requests.Add((latencyMilliseconds, pause.TotalMilliseconds));
        ResponseBytes = responseBytes;
        allocated.Add(allocatedBytes);
    }
}
