using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Driver call latency and errors, and the age of the storage node list, on the
/// <c>Stork.Storage</c> meter. Labels are bounded: operation (nodes, volume) and outcome
/// (ok, error, timeout, circuit_open).</summary>
internal sealed class PortworxMetrics
{
    public const string MeterName = "Stork.Storage";

    private readonly Histogram<double> _callDuration;
    private readonly Counter<long> _errors;

    public PortworxMetrics(IMeterFactory meterFactory, Func<TimeSpan?> nodeCacheAge)
    {
        var meter = meterFactory.Create(MeterName);
        _callDuration = meter.CreateHistogram<double>(
            "stork_driver_call_duration_seconds", "s", "Storage driver (SDK) call latency");
        _errors = meter.CreateCounter<long>(
            "stork_driver_errors", "{error}", "Storage driver (SDK) calls that failed");
        meter.CreateObservableGauge(
            "stork_driver_cache_age_seconds",
            () => nodeCacheAge() is { } age ? [new Measurement<double>(age.TotalSeconds)] : Array.Empty<Measurement<double>>(),
            "s",
            "Seconds since the last good storage node list");
    }

    public void RecordCall(string operation, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "operation", operation }, { "outcome", outcome } };
        _callDuration.Record(duration.TotalSeconds, tags);
        if (outcome != PortworxCallGuard.OutcomeOk)
        {
            _errors.Add(1, tags);
        }
    }
}
