using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Events;

/// <summary>Queues events and creates them through the API client in the background, deduplicated per pod and reason.</summary>
internal sealed class EventRecorder(IKubeApi api, IOptions<EventRecorderOptions> options, TimeProvider time, ILogger<EventRecorder> logger)
    : BackgroundService, IEventRecorder
{
    private readonly EventRecorderOptions settings = options.Value;
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastRecorded = new(StringComparer.Ordinal);
    private readonly Channel<Event> queue = Channel.CreateBounded<Event>(
        new BoundedChannelOptions(options.Value.QueueLimit) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public bool Record(Pod pod, string type, string reason, string message)
    {
        var now = time.GetUtcNow();
        var key = $"{pod.Metadata.Namespace}/{pod.Metadata.Name}/{pod.Metadata.Uid}/{reason}";
        if (lastRecorded.TryGetValue(key, out var last) && now - last < settings.DedupeWindow)
        {
            return false;
        }

        lastRecorded[key] = now;
        Forget(now);
        if (!queue.Writer.TryWrite(EventFactory.ForPod(pod, type, reason, message, settings.Component, now)))
        {
            logger.EventDropped(reason, pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "");
            return false;
        }

        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var next in queue.Reader.ReadAllAsync(stoppingToken))
        {
            var result = await api.CreateEventAsync(next.Metadata.Namespace ?? "default", next, stoppingToken);
            if (!result.IsSuccess)
            {
                logger.EventFailed(next.Reason, next.InvolvedObject.Namespace ?? "", next.InvolvedObject.Name ?? "", result.Error!.ToString());
            }
        }
    }

    /// <summary>Keeps the dedupe map bounded: entries past the window are dropped once it grows.</summary>
    private void Forget(DateTimeOffset now)
    {
        if (lastRecorded.Count < 10_000)
        {
            return;
        }

        foreach (var (key, at) in lastRecorded)
        {
            if (now - at >= settings.DedupeWindow)
            {
                lastRecorded.TryRemove(key, out _);
            }
        }
    }
}
