using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Stork.Scoring.Tests.Hyperconvergence;

/// <summary>One service instance's observable gauges, read through a listener on the meters of its own
/// <see cref="IMeterFactory"/> (in one test process, <c>/metrics</c> of either instance shows both instances' meters).</summary>
internal static class InstanceGauges
{
    /// <summary>Every measurement the instance's instrument <paramref name="name"/> reports now.</summary>
    public static IReadOnlyList<long> Read(IServiceProvider services, string name)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        var values = new List<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == name && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => values.Add(value));
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => values.Add(value));
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }
}
