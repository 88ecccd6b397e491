using System.Diagnostics.Metrics;
using Stork.Shared.Kube.Cache;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>Sums one counter of the <c>Stork.Kube</c> meter for one resource, as a scrape would see it, or
/// reads one of its gauges (<see cref="ObserveGauge"/>).</summary>
internal sealed class CacheCounterListener : IDisposable
{
    private readonly MeterListener listener = new();
    private long total;
    private double gauge = double.NaN;

    public CacheCounterListener(string instrumentName, string resource)
    {
        listener.InstrumentPublished = (instrument, source) =>
        {
            if (instrument.Meter.Name == CacheMetrics.MeterName && instrument.Name == instrumentName)
            {
                source.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "resource" && Equals(tag.Value, resource))
                {
                    Interlocked.Add(ref total, value);
                }
            }
        });
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "resource" && Equals(tag.Value, resource))
                {
                    gauge = value;
                }
            }
        });
        listener.Start();
    }

    public long Total => Interlocked.Read(ref total);

    /// <summary>The gauge's value now for the resource (NaN when it has none).</summary>
    public double ObserveGauge()
    {
        listener.RecordObservableInstruments();
        return gauge;
    }

    public void Dispose() => listener.Dispose();
}
