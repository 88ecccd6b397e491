using System.Diagnostics.Metrics;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Telemetry;

/// <summary>The webhook's instruments, on the one <c>Stork.Webhook</c> meter. Counters are named without
/// <c>_total</c>: the Prometheus exposition appends it.</summary>
internal sealed class WebhookMetrics
{
    public const string MeterName = "Stork.Webhook";

    private static readonly double[] DurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly Counter<long> admissions;
    private readonly Histogram<double> duration;
    private readonly Counter<long> cacheMissReads;

    public WebhookMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        admissions = meter.CreateCounter<long>(
            "stork_webhook_admissions", description: "Admission requests answered, by outcome.");
        duration = meter.CreateHistogram(
            "stork_webhook_admission_duration_seconds",
            unit: "s",
            description: "Time from reading an admission request to answering it.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        cacheMissReads = meter.CreateCounter<long>(
            "stork_webhook_cache_miss_reads", description: "PVCs read from the API because the cache did not have them.");
    }

    public void Admitted(OutcomeKind outcome, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome.Name);
        admissions.Add(1, tag);
        duration.Record(elapsed.TotalSeconds, tag);
    }

    public void CacheMissReads(int count) => cacheMissReads.Add(count);
}
