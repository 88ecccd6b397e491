using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Stork.Shared.Telemetry;

namespace Stork.Shared.Tests.Telemetry;

internal sealed class MetricsCollectorTests
{
    private string meterName = "";
    private Meter meter = null!;
    private MetricsCollector collector = null!;

    [SetUp]
    public void SetUp()
    {
        meterName = $"Stork.Test.{Guid.NewGuid():N}";
        meter = new Meter(meterName);
        collector = new MetricsCollector(meterName, NullLogger<MetricsCollector>.Instance);
    }

    [TearDown]
    public void TearDown()
    {
        collector.Dispose();
        meter.Dispose();
    }

    [Test]
    public void Collect_CounterWithTagsInAnyOrder_SumsIntoOneTotalSeries()
    {
        var counter = meter.CreateCounter<long>("stork_test_requests", description: "Requests.");

        counter.Add(1, new("route", "/filter"), new("code", 200));
        counter.Add(2, new("code", 200), new("route", "/filter"));

        var family = collector.Collect().Single();
        Assert.That(family, Has.Property("Name").EqualTo("stork_test_requests_total")
            .And.Property("Help").EqualTo("Requests.")
            .And.Property("Type").EqualTo(MetricType.Counter));
        Assert.That(family.Series.Single().Labels, Is.EqualTo(new[] { new MetricLabel("code", "200"), new MetricLabel("route", "/filter") }));
        Assert.That(family.Series.Single().Value, Is.EqualTo(3));
    }

    [Test]
    public void Collect_UpDownCounter_IsGaugeOfTheRunningSum()
    {
        var objects = meter.CreateUpDownCounter<int>("stork.test.objects");

        objects.Add(5);
        objects.Add(-2);

        var family = collector.Collect().Single();
        Assert.That((family.Name, family.Type, family.Series.Single().Value), Is.EqualTo(("stork_test_objects", MetricType.Gauge, 3d)));
    }

    [Test]
    public void Collect_ObservableInstruments_AreReadAtEveryCollect()
    {
        var current = 7.5;
        meter.CreateObservableGauge("stork_test_ratio", () => current);
        meter.CreateObservableCounter("stork_test_seen", () => (long)(current * 2));
        meter.CreateObservableUpDownCounter("stork_test_open", () => -(int)current);

        var first = collector.Collect().ToDictionary(family => family.Name, family => (family.Type, family.Series.Single().Value));
        current = 10;
        var second = collector.Collect().ToDictionary(family => family.Name, family => family.Series.Single().Value);

        Assert.That(first, Is.EquivalentTo(new Dictionary<string, (MetricType, double)>
        {
            ["stork_test_ratio"] = (MetricType.Gauge, 7.5),
            ["stork_test_seen_total"] = (MetricType.Counter, 15),
            ["stork_test_open"] = (MetricType.Gauge, -7),
        }));
        Assert.That(second, Is.EquivalentTo(new Dictionary<string, double>
        {
            ["stork_test_ratio"] = 10,
            ["stork_test_seen_total"] = 20,
            ["stork_test_open"] = -10,
        }));
    }

    [Test]
    public void Collect_HistogramWithAdvice_UsesAdvisedBuckets()
    {
        var histogram = meter.CreateHistogram<int>("stork_test_replicas", advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2] });

        foreach (var value in new[] { 0, 1, 2, 3, 5 })
        {
            histogram.Record(value);
        }

        var snapshot = collector.Collect().Single().Series.Single().Histogram!;
        Assert.That(snapshot.UpperBounds, Is.EqualTo(new[] { 1d, 2d }));
        Assert.That(snapshot.BucketCounts, Is.EqualTo(new long[] { 2, 1, 2 }));
        Assert.That(snapshot.Sum, Is.EqualTo(11));
    }

    [Test]
    public void Collect_HistogramWithoutAdvice_UsesDefaultSecondsBuckets()
    {
        var histogram = meter.CreateHistogram<double>("stork_test_duration_seconds");

        histogram.Record(0.003, new KeyValuePair<string, object?>("result", "ok"));
        histogram.Record(30, new KeyValuePair<string, object?>("result", "ok"));

        var family = collector.Collect().Single();
        var snapshot = family.Series.Single().Histogram!;
        Assert.That(family.Type, Is.EqualTo(MetricType.Histogram));
        Assert.That(snapshot.UpperBounds, Is.EqualTo(InstrumentMapping.DefaultSecondsBuckets));
        Assert.That(snapshot.BucketCounts[3], Is.EqualTo(1), "0.003 falls in le=0.005");
        Assert.That(snapshot.BucketCounts[^1], Is.EqualTo(1), "30 falls in +Inf");
        Assert.That(snapshot.BucketCounts.Sum(), Is.EqualTo(2));
        Assert.That(snapshot.Sum, Is.EqualTo(30.003));
    }

    [Test]
    public void Collect_TagValuesOfSeveralTypes_BecomeInvariantLabelText()
    {
        var gauge = meter.CreateGauge<double>("stork_test_mixed");

        gauge.Record(1, new("i", 12), new("b", true), new("d", 0.25), new("n", null), new("k8s.node", "n1"));

        Assert.That(collector.Collect().Single().Series.Single().Labels, Is.EqualTo(new MetricLabel[]
        {
            new("b", "true"), new("d", "0.25"), new("i", "12"), new("k8s_node", "n1"), new("n", ""),
        }));
    }

    [Test]
    public void Collect_SeveralFamiliesAndSeries_AreSortedByNameAndLabels()
    {
        var b = meter.CreateCounter<int>("stork_test_b");
        var a = meter.CreateCounter<int>("stork_test_a");

        b.Add(1, new KeyValuePair<string, object?>("node", "n2"));
        b.Add(1, new KeyValuePair<string, object?>("node", "n1"));
        a.Add(1);

        var families = collector.Collect();
        Assert.That(families.Select(family => family.Name), Is.EqualTo(new[] { "stork_test_a_total", "stork_test_b_total" }));
        Assert.That(families[1].Series.Select(series => series.Labels.Single().Value), Is.EqualTo(new[] { "n1", "n2" }));
    }

    [Test]
    public void Collect_SameInstrumentOnTwoMetersOfOneName_FeedsOneFamily()
    {
        using var twin = new Meter(meterName);
        meter.CreateCounter<long>("stork_test_events").Add(2);
        twin.CreateCounter<long>("stork_test_events").Add(3);

        Assert.That(collector.Collect().Single().Series.Single().Value, Is.EqualTo(5));
    }

    [Test]
    public void Collect_NameClashBetweenKinds_KeepsTheFirstDefinition()
    {
        meter.CreateCounter<long>("stork_test_jobs").Add(4);
        meter.CreateUpDownCounter<long>("stork_test_jobs_total").Add(100);

        var family = collector.Collect().Single();
        Assert.That((family.Type, family.Series.Single().Value), Is.EqualTo((MetricType.Counter, 4d)));
    }

    [Test]
    public void Collect_MeterOutsideThePrefix_IsIgnored()
    {
        using var other = new Meter($"Other.{meterName}");
        other.CreateCounter<long>("stork_test_elsewhere").Add(1);

        Assert.That(collector.Collect(), Is.Empty);
    }

    [Test]
    public void Record_IntoExistingSeries_AllocatesNothing()
    {
        var counter = meter.CreateCounter<long>("stork_test_hot");
        var histogram = meter.CreateHistogram<double>("stork_test_hot_seconds");
        var node = new KeyValuePair<string, object?>("node", "n1");
        var result = new KeyValuePair<string, object?>("result", "ok");
        counter.Add(1, node, result);
        histogram.Record(0.1, result, node);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            counter.Add(1, result, node);
            histogram.Record(0.1, node, result);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    [Test]
    public void Collect_RecordsFromManyThreads_LosesNoIncrement()
    {
        var counter = meter.CreateCounter<double>("stork_test_parallel");
        var histogram = meter.CreateHistogram<double>("stork_test_parallel_seconds");

        Parallel.For(0, 10_000, i =>
        {
            counter.Add(0.5, new KeyValuePair<string, object?>("shard", i % 4));
            histogram.Record(0.01);
        });

        var families = collector.Collect().ToDictionary(family => family.Name);
        Assert.That(families["stork_test_parallel_total"].Series.Sum(series => series.Value), Is.EqualTo(5_000));
        Assert.That(families["stork_test_parallel_seconds"].Series.Single().Histogram!.BucketCounts.Sum(), Is.EqualTo(10_000));
    }
}
