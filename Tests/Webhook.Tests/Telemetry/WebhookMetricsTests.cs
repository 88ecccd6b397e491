using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Webhook.Telemetry;
using Stork.Webhook.Tests.Doubles;
using static Stork.Webhook.Tests.Admission.MutateEndpointTests;

namespace Stork.Webhook.Tests.Telemetry;

public sealed class WebhookMetricsTests
{
    [Test]
    public async Task Mutate_Admissions_CountedByOutcomeWithDurationsAndCacheMisses()
    {
        await using var host = await WebhookHost.StartAsync();
        host.Api.GetClaim = (ns, name, _) => Task.FromResult(KubeResult<PersistentVolumeClaim>.Ok(TestCluster.Claim(ns!, name, "standard")));
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Outcome)>();
        using var listener = Listen(host.Services.GetRequiredService<IMeterFactory>(), measurements);

        await AnswerAsync(host, Reviews.WithClaim("web"));
        await AnswerAsync(host, Reviews.WithClaim("web"));
        await AnswerAsync(host, Reviews.WithClaim("data-db-0"));

        Assert.Multiple(() =>
        {
            Assert.That(Sum(measurements, "stork_webhook_admissions", "mutated"), Is.EqualTo(2));
            Assert.That(Sum(measurements, "stork_webhook_admissions", "not-driver"), Is.EqualTo(1));
            Assert.That(measurements.Count(m => m.Instrument == "stork_webhook_admission_duration_seconds"), Is.EqualTo(3));
            Assert.That(Sum(measurements, "stork_webhook_cache_miss_reads", null), Is.EqualTo(1));
        });
    }

    private static MeterListener Listen(IMeterFactory factory, ConcurrentQueue<(string, double, string?)> measurements)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == WebhookMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, OutcomeOf(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, OutcomeOf(tags))));
        listener.Start();
        return listener;
    }

    private static string? OutcomeOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "outcome")
            {
                return (string?)tag.Value;
            }
        }

        return null;
    }

    private static double Sum(IEnumerable<(string Instrument, double Value, string? Outcome)> measurements, string instrument, string? outcome) =>
        measurements.Where(m => m.Instrument == instrument && m.Outcome == outcome).Sum(m => m.Value);
}
