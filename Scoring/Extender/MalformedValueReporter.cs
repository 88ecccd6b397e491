using System.Collections.Concurrent;
using Stork.Scoring.Placement;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Extender;

/// <summary>Logs a pod annotation that is not a Go boolean once per pod and key (kube-scheduler retries
/// pods many times; the value counts as false either way).</summary>
internal sealed class MalformedValueReporter(ILogger<MalformedValueReporter> logger)
{
    private const int Remembered = 10_000;
    private readonly ConcurrentDictionary<string, byte> reported = new(StringComparer.Ordinal);

    public void Report(Pod pod, PodSchedulingOptions options)
    {
        foreach (var key in options.MalformedKeys)
        {
            if (reported.Count >= Remembered)
            {
                reported.Clear();
            }

            if (reported.TryAdd($"{pod.Metadata.Uid}/{key}", 0))
            {
                logger.MalformedBoolean(pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "", key);
            }
        }
    }
}
