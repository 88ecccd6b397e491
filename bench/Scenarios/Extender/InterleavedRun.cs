using System.Diagnostics;
using Stork.Bench.Http;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>Sequential POSTs of one body over one keep-alive client to several endpoints, interleaved (each
/// iteration sends once to every endpoint, starting with a different one each time) so that they all see the
/// same machine: the same background load, the same collector state.</summary>
internal static class InterleavedRun
{
    public static async Task<RequestSamples[]> RunAsync(
        HttpClient client, IReadOnlyList<Uri> endpoints, byte[] body, int warmup, int iterations, CancellationToken cancellationToken)
    {
        var samples = endpoints.Select(_ => new RequestSamples()).ToArray();
        var buffer = new byte[64 * 1024];
        for (var i = 0; i < warmup + iterations; i++)
        {
            for (var k = 0; k < endpoints.Count; k++)
            {
                var e = (i + k) % endpoints.Count;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var pause = GC.GetTotalPauseDuration();
                var (gcs, gen2s) = (GC.CollectionCount(0), GC.CollectionCount(2));
                var started = Stopwatch.GetTimestamp();
                var bytes = await BodyPoster.PostAsync(client, endpoints[e], body, buffer, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (i >= warmup)
                {
                    samples[e].Add(
                        elapsed.TotalMilliseconds, bytes, GC.GetTotalAllocatedBytes(precise: true) - allocated, GC.GetTotalPauseDuration() - pause,
                        GC.CollectionCount(0) - gcs, GC.CollectionCount(2) - gen2s);
                }
            }
        }

        return samples;
    }
}
