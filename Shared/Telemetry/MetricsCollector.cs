using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Stork.Shared.Telemetry;

/// <summary>
/// Aggregates the measurements of every instrument whose meter name starts with a prefix ("Stork." in
/// the services) for the Prometheus endpoint. No Prometheus exporter package is available to this
/// project, so this <see cref="MeterListener"/> and <see cref="PrometheusTextWriter"/> implement the
/// text exposition format themselves. Instruments of the same resulting name (the same meter created
/// twice, e.g. one per app in a test process) feed one family; a name clash between different kinds
/// or buckets is logged and the later instrument is not exposed.
/// </summary>
internal sealed class MetricsCollector : IDisposable
{
    /// <summary>The prefix of the meters the services expose ("Stork.Scoring", "Stork.Webhook", ...).</summary>
    public const string StorkMeterPrefix = "Stork.";

    private readonly ConcurrentDictionary<string, MetricFamily> families = new(StringComparer.Ordinal);
    private readonly string meterPrefix;
    private readonly ILogger logger;
    private readonly MeterListener listener;

    public MetricsCollector(string meterPrefix, ILogger<MetricsCollector> logger)
    {
        this.meterPrefix = meterPrefix;
        this.logger = logger;
        listener = new MeterListener { InstrumentPublished = OnInstrumentPublished };
        listener.SetMeasurementEventCallback<byte>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<short>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<float>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<decimal>(static (_, value, tags, state) => ((MetricFamily)state!).Record((double)value, tags));
        listener.Start();
    }

    /// <summary>Polls the observable instruments, then returns every family that has series, by name.</summary>
    public IReadOnlyList<MetricFamilySnapshot> Collect()
    {
        listener.RecordObservableInstruments();
        return families.Values
            .Select(family => family.Snapshot())
            .Where(family => family.Series.Count > 0)
            .OrderBy(family => family.Name, StringComparer.Ordinal)
            .ToList();
    }

    public void Dispose() => listener.Dispose();

    private void OnInstrumentPublished(Instrument instrument, MeterListener source)
    {
        if (!instrument.Meter.Name.StartsWith(meterPrefix, StringComparison.Ordinal)
            || InstrumentMapping.Define(instrument) is not { } definition)
        {
            return;
        }

        var family = families.GetOrAdd(definition.Name, static (_, added) => new MetricFamily(added), definition);
        if (!family.Definition.IsCompatibleWith(definition))
        {
            logger.MetricDefinitionConflict(instrument.Name, instrument.Meter.Name, definition.Name);
            return;
        }

        source.EnableMeasurementEvents(instrument, family);
    }
}
