using Stork.Tests.Fakes.Time;
using System.Diagnostics.Metrics;
using Stork.Shared.Storage.Portworx;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxMetricsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    private ManualTimeProvider _time = null!;
    private PortworxDriverHarness _px = null!;
    private MeterListener _listener = null!;

    [SetUp]
    public async Task SetUp()
    {
        _measurements.Clear();
        _time = new ManualTimeProvider();
        _px = await PortworxDriverHarness.StartAsync(_time).WaitAsync(Bound);
        _px.Sdk.SetNodes(new FakeStorageNode("n1"));
        _listener = new MeterListener();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PortworxMetrics.MeterName && instrument.Meter.Scope == _px.Meters)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    [TearDown]
    public async Task TearDown()
    {
        _listener.Dispose();
        await _px.DisposeAsync();
    }

    [Test]
    public async Task RefreshAsync_SdkAnswers_RecordsOkLatency()
    {
        await _px.Driver.RefreshAsync().WaitAsync(Bound);

        Assert.That(_measurements, Has.One.Matches<(string Instrument, double Value, Dictionary<string, object?> Tags)>(m =>
            m.Instrument == "stork_driver_call_duration_seconds"
            && Equals(m.Tags["operation"], "nodes") && Equals(m.Tags["outcome"], "ok")));
        Assert.That(_measurements.Select(m => m.Instrument), Has.None.EqualTo("stork_driver_errors"));
    }

    [Test]
    public async Task RefreshAsync_SdkFails_CountsError()
    {
        _px.Sdk.FailStatus = 500;

        await _px.Driver.RefreshAsync().WaitAsync(Bound);

        Assert.That(_measurements, Has.One.Matches<(string Instrument, double Value, Dictionary<string, object?> Tags)>(m =>
            m.Instrument == "stork_driver_errors" && m.Value == 1 && Equals(m.Tags["outcome"], "error")));
    }

    [Test]
    public async Task CacheAge_AfterGoodList_SecondsSinceIt()
    {
        _listener.RecordObservableInstruments();
        var before = _measurements.Count(m => m.Instrument == "stork_driver_cache_age_seconds");
        await _px.Driver.RefreshAsync().WaitAsync(Bound);
        _time.Advance(TimeSpan.FromSeconds(7));

        _listener.RecordObservableInstruments();

        Assert.That(before, Is.Zero);
        Assert.That(_measurements.Where(m => m.Instrument == "stork_driver_cache_age_seconds").Select(m => m.Value),
            Is.EqualTo(new[] { 7.0 }));
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var tagMap = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            tagMap[tag.Key] = tag.Value;
        }

        lock (_measurements)
        {
            _measurements.Add((instrument.Name, value, tagMap));
        }
    }
}
